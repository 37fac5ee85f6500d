import { CertflowError } from '@certflow/errors';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { ROLES, type Actor, type Role } from '@certflow/domain';
import { MAX_LIFETIME_SECONDS, TokenRefused, verifyWithRules } from './token-rules.js';

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
  /** How long the token lives: `90s`, `30m`, `8h` (the default); at most 12h. */
  readonly ttl?: string;
}

export const DEFAULT_TTL = '8h';

export class TtlError extends CertflowError {
  constructor(zh: string, en: string) {
    super('token.invalid-ttl', { zh, en });
  }
}

/** Seconds of a `<n>s|m|h` duration, refusing anything longer than a person's token may live. */
export function parseTtl(ttl: string): number {
  const match = /^(\d+)\s*(s|m|h)$/.exec(ttl.trim());
  if (!match) throw new TtlError(`--ttl 须为 90s、30m、8h 之类的时长，收到 '${ttl}'`, `--ttl must be a duration such as 90s, 30m or 8h, got '${ttl}'`);
  const seconds = Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2] as 's' | 'm' | 'h'];
  if (seconds <= 0) throw new TtlError(`--ttl 须大于 0，收到 '${ttl}'`, `--ttl must be longer than 0, got '${ttl}'`);
  if (seconds > MAX_LIFETIME_SECONDS) throw new TtlError(`--ttl 至多 12h（令牌供人使用），收到 '${ttl}'`, `--ttl must be at most 12h (tokens are for people), got '${ttl}'`);
  return seconds;
}

export async function mintToken(key: Uint8Array, request: TokenRequest): Promise<string> {
  if (!ROLES.includes(request.role)) throw new CertflowError('token.invalid-request', { zh: `角色须为 ${ROLES.join('、')} 之一`, en: `role must be one of ${ROLES.join(', ')}` });
  if (request.role === 'county' && !request.county) throw new CertflowError('token.invalid-request', { zh: '县（市、区）局令牌须指定 --county', en: 'a county token needs --county' });
  if (request.role === 'applicant' && !request.platformId) throw new CertflowError('token.invalid-request', { zh: '申报单位令牌须指定 --platform', en: 'an applicant token needs --platform' });
  const lifetime = parseTtl(request.ttl ?? DEFAULT_TTL);
  const now = Math.floor(Date.now() / 1000);
  const claims: JWTPayload = { role: request.role };
  if (request.county) claims.county = request.county;
  if (request.platformId) claims.platform = request.platformId;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(request.subject ?? `${request.role}${request.county ? `-${request.county}` : ''}${request.platformId ? `-${request.platformId}` : ''}`)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + lifetime)
    .sign(key);
}

/**
 * jose imports a raw secret into WebCrypto on every verification; the signing key lives as long
 * as the process, so it is imported once (it was about a third of a token check's CPU).
 */
const importedKeys = new WeakMap<Uint8Array, Promise<CryptoKey>>();

function verificationKey(key: Uint8Array): Promise<CryptoKey> {
  let imported = importedKeys.get(key);
  if (!imported) {
    imported = crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
    importedKeys.set(key, imported);
  }
  return imported;
}

export async function verifyToken(key: Uint8Array, token: string, now?: () => Date): Promise<Actor> {
  const payload = await verifyWithRules(token, await verificationKey(key), { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], ...(now ? { now } : {}) });
  return actorOf(payload.sub!, payload.role, payload.county, payload.platform);
}

/** The bindings a role needs are checked at the door, so a county token always names its county. */
export function actorOf(subject: string, role: unknown, county: unknown, platform: unknown): Actor {
  if (!ROLES.includes(role as Role)) throw new TokenRefused('no certflow role');
  if (county !== undefined && typeof county !== 'string') throw new TokenRefused('invalid');
  if (platform !== undefined && typeof platform !== 'string') throw new TokenRefused('invalid');
  if (role === 'county' && !county) throw new TokenRefused('missing claim');
  if (role === 'applicant' && !platform) throw new TokenRefused('missing claim');
  return {
    id: subject,
    role: role as Role,
    ...(county ? { county } : {}),
    ...(platform ? { platformId: platform } : {}),
  };
}
