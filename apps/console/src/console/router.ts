import { createRouter, createWebHistory } from 'vue-router';
import { session, type Role } from '../shared/session';

const home: Record<Role, string> = { city: '/cycle', county: '/county', applicant: '/platform', auditor: '/audit' };
const reader: Role[] = ['city', 'auditor'];

export const router = createRouter({
  history: createWebHistory('/console/'),
  routes: [
    { path: '/', redirect: () => (session.role ? home[session.role] : '/sign-in') },
    { path: '/sign-in', component: () => import('./pages/SignIn.vue') },
    { path: '/sign-in/callback', component: () => import('./pages/SignInCallback.vue') },
    { path: '/cycle', component: () => import('./pages/CycleBoard.vue'), meta: { roles: ['city', 'auditor'] } },
    { path: '/review', component: () => import('./pages/ReviewQueue.vue'), meta: { roles: ['city'] } },
    { path: '/county', component: () => import('./pages/CountyQueue.vue'), meta: { roles: ['county'] } },
    { path: '/apply', component: () => import('./pages/ApplicationForm.vue'), meta: { roles: ['applicant'] } },
    { path: '/platform', component: () => import('./pages/MyPlatform.vue'), meta: { roles: ['applicant'] } },
    { path: '/queue', component: () => import('./pages/WorkQueue.vue'), meta: { roles: ['city', 'county', 'applicant', 'auditor'] } },
    { path: '/rechecks', component: () => import('./pages/RecheckBoard.vue'), meta: { roles: ['city'] } },
    { path: '/county-rechecks', component: () => import('./pages/CountyRechecks.vue'), meta: { roles: ['county'] } },
    { path: '/audit', component: () => import('./pages/AuditTrail.vue'), meta: { roles: reader } },
    { path: '/audit/platforms/:platformId', component: () => import('./pages/PlatformTimeline.vue'), meta: { roles: reader } },
    { path: '/audit/decisions/:eventId', component: () => import('./pages/DecisionExplanation.vue'), meta: { roles: reader } },
  ],
});

router.beforeEach((to) => {
  const roles = to.meta.roles as Role[] | undefined;
  if (roles && (!session.role || !roles.includes(session.role))) return '/sign-in';
  return true;
});
