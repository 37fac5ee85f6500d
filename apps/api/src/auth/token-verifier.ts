import { decodeJwt } from 'jose';
import type { Actor } from '@certflow/domain';
import { ISSUER, verifyToken } from './keys.js';
import { OidcVerifier, type OidcOptions } from './oidc.js';
import { TokenRefused } from './token-rules.js';

export const TOKEN_VERIFIER = Symbol.for('certflow.TokenVerifier');

export interface SignInOptions {
  readonly signingKey: Uint8Array;
  /** Whether tokens of the embedded key are accepted; default true. */
  readonly embeddedTokens?: boolean;
  readonly oidc?: OidcOptions;
}

/**
 * Picks the verifier by the token's (unverified) `iss`, then checks it with that issuer's own
 * keys and algorithms only, so one issuer can never pass for the other.
 */
export class TokenVerifier {
  private readonly oidc: OidcVerifier | undefined;

  constructor(private readonly options: SignInOptions) {
    this.oidc = options.oidc ? new OidcVerifier(options.oidc) : undefined;
  }

  async verify(token: string): Promise<Actor> {
    let issuer: unknown;
    try {
      issuer = decodeJwt(token).iss;
    } catch (error) {
      throw new TokenRefused('malformed', { cause: error });
    }
    if (this.oidc && issuer === this.oidc.issuer) return this.oidc.verify(token);
    if (issuer === ISSUER && this.options.embeddedTokens !== false) return verifyToken(this.options.signingKey, token);
    throw new TokenRefused('unknown issuer');
  }
}
