import { reactive } from 'vue';

export type Role = 'applicant' | 'county' | 'city' | 'auditor';

interface Session {
  token: string | undefined;
  role: Role | undefined;
  county: string | undefined;
  platformId: string | undefined;
}

const KEY = 'certflow.session';

function restored(): Session {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Session | null;
    if (saved?.token) return saved;
  } catch {
    // A damaged entry is a signed-out session.
  }
  return { token: undefined, role: undefined, county: undefined, platformId: undefined };
}

/** The signed-in person, kept for the tab only (sessionStorage): a token is not left behind on a shared office PC. */
export const session = reactive<Session>(restored());

/** Who the token stands for, as the server read it (GET /api/v1/sign-in/me). */
export interface SignedInActor {
  role: Role;
  county?: string;
  platformId?: string;
}

export function signIn(token: string, actor: SignedInActor): void {
  Object.assign(session, { token, role: actor.role, county: actor.county, platformId: actor.platformId });
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function signOut(): void {
  Object.assign(session, { token: undefined, role: undefined, county: undefined, platformId: undefined });
  sessionStorage.removeItem(KEY);
}
