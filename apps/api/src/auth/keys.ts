import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { ROLES, type Actor, type Role } from '@certflow/domain';

export const ISSUER = 'certflow';
export const AUDIENCE = 'certflow-api';

/** Embedded mode signs with a secret kept in the data folder, created on first use. */
export function loadOrCreateSigningKey(dataDir: string): Uint8Array {
  const folder = join(dataDir, 'auth');
  const file = join(folder, 'signing-key');
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  }
  chmodSync(file, 0o600);
  return new Uint8Array(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url'));
}

export interface TokenRequest {
  readonly role: Role;
  readonly subject?: string;
  readonly county?: string;
  readonly platformId?: string;
  readonly expiresIn?: string;
}

export async function mintToken(key: Uint8Array, request: TokenRequest): Promise<string> {
  if (!ROLES.includes(request.role)) throw new Error(`role must be one of ${ROLES.join(', ')}`);
  if (request.role === 'county' && !request.county) throw new Error('a county token needs --county');
  if (request.role === 'applicant' && !request.platformId) throw new Error('an applicant token needs --platform');
  const claims: JWTPayload = { role: request.role };
  if (request.county) claims.county = request.county;
  if (request.platformId) claims.platform = request.platformId;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(request.subject ?? `${request.role}${request.county ? `-${request.county}` : ''}${request.platformId ? `-${request.platformId}` : ''}`)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(request.expiresIn ?? '12h')
    .sign(key);
}

export async function verifyToken(key: Uint8Array, token: string): Promise<Actor> {
  const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
  const role = payload.role as Role;
  if (!ROLES.includes(role) || !payload.sub) throw new Error('token lacks a known role or a subject');
  return {
    id: payload.sub,
    role,
    ...(typeof payload.county === 'string' ? { county: payload.county } : {}),
    ...(typeof payload.platform === 'string' ? { platformId: payload.platform } : {}),
  };
}
