import { CertflowError } from '@certflow/errors';
import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { OidcConfig } from '@certflow/config';
import { ROLES, type Actor, type Role } from '@certflow/domain';
import { actorOf } from './keys.js';
import { TokenRefused, verifyWithRules } from './token-rules.js';

/** Asymmetric only: an HS256 token naming the provider as issuer must never be checked with a public key. */
export const OIDC_ALGORITHMS = ['RS256', 'ES256', 'PS256', 'EdDSA'] as const;

export interface OidcOptions extends OidcConfig {
  /**
   * How long after a fetch of the key set an unknown `kid` may trigger another (jose's default
   * 30 s); tests of key rotation set 0.
   */
  readonly jwksCooldownMs?: number;
  readonly now?: () => Date;
}

/**
 * Tokens of the identity provider: keys through OIDC discovery, fetched again when a token names
 * a key not seen yet, so a rotation at the provider needs no restart here.
 */
export class OidcVerifier {
  private keys: Promise<JWTVerifyGetKey> | undefined;

  constructor(private readonly options: OidcOptions) {}

  get issuer(): string {
    return this.options.issuer;
  }

  async verify(token: string): Promise<Actor> {
    const payload = await verifyWithRules(token, await this.keySet(), {
      issuer: this.options.issuer,
      audience: this.options.audience,
      algorithms: OIDC_ALGORITHMS,
      ...(this.options.now ? { now: this.options.now } : {}),
    });
    const { countyClaim, platformClaim } = this.options;
    return actorOf(payload.sub!, this.role(payload), payload[countyClaim], payload[platformClaim]);
  }

  /** A claim may hold one value or a list (groups); exactly one of them must give a certflow role. */
  private role(payload: JWTPayload): Role | undefined {
    const claim = payload[this.options.roleClaim];
    const values = Array.isArray(claim) ? claim : [claim];
    const { roleMap } = this.options;
    const roles = new Set(
      values
        .filter((value): value is string => typeof value === 'string')
        .map((value) => (roleMap ? (Object.hasOwn(roleMap, value) ? roleMap[value] : undefined) : value))
        .filter((value): value is Role => ROLES.includes(value as Role)),
    );
    return roles.size === 1 ? [...roles][0] : undefined;
  }

  private keySet(): Promise<JWTVerifyGetKey> {
    // Discovery is lazy so that the API starts while the provider is down; a failure is retried next time.
    this.keys ??= this.discover().catch((error: unknown) => {
      this.keys = undefined;
      throw new TokenRefused('issuer unreachable', { cause: error });
    });
    return this.keys;
  }

  private async discover(): Promise<JWTVerifyGetKey> {
    const { issuer } = this.options;
    const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const response = await fetch(url, { signal: AbortSignal.timeout(5000), headers: { accept: 'application/json' } });
    if (!response.ok) throw new CertflowError('auth.issuer-discovery-failed', { zh: `${url} 返回 ${response.status}`, en: `${url} answered ${response.status}` });
    const metadata = (await response.json()) as { issuer?: unknown; jwks_uri?: unknown };
    // OIDC Discovery 1.0 §4.3: a document naming another issuer must not be used.
    if (metadata.issuer !== issuer) {
      throw new CertflowError('auth.issuer-discovery-failed', { zh: `${url} 声明的签发方为 '${String(metadata.issuer)}'，应为 '${issuer}'`, en: `${url} names issuer '${String(metadata.issuer)}', expected '${issuer}'` });
    }
    if (typeof metadata.jwks_uri !== 'string') throw new CertflowError('auth.issuer-discovery-failed', { zh: `${url} 没有 jwks_uri`, en: `${url} has no jwks_uri` });
    return createRemoteJWKSet(new URL(metadata.jwks_uri), {
      ...(this.options.jwksCooldownMs !== undefined ? { cooldownDuration: this.options.jwksCooldownMs } : {}),
    });
  }
}
