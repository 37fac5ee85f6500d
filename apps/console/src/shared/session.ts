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

export function signIn(token: string): void {
  const claims = claimsOf(token);
  Object.assign(session, { token, role: claims.role, county: claims.county, platformId: claims.platform });
  sessionStorage.setItem(KEY, JSON.stringify(session));
}

export function signOut(): void {
  Object.assign(session, { token: undefined, role: undefined, county: undefined, platformId: undefined });
  sessionStorage.removeItem(KEY);
}

/** The claims a token carries, read without verifying: the server verifies every request. */
export function claimsOf(token: string): { role?: Role; county?: string; platform?: string; exp?: number } {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(json, (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as { role?: Role; county?: string; platform?: string; exp?: number };
}
