import { errors, jwtVerify, type CryptoKey, type JWTPayload, type JWTVerifyGetKey, type JWTVerifyOptions } from 'jose';

/** Every role is a person: a stolen token must not outlive a working day. */
export const MAX_LIFETIME_SECONDS = 12 * 60 * 60;
/** Tolerated difference between the issuer's clock and ours, for iat, nbf and exp. */
export const CLOCK_SKEW_SECONDS = 60;

/** What a client may learn about a refusal; the rest stays in the cause. */
export type RefusalReason =
  | 'malformed'
  | 'missing claim'
  | 'invalid'
  | 'expired'
  | 'not yet valid'
  | 'lifetime too long'
  | 'unknown issuer'
  | 'issuer unreachable'
  | 'no certflow role';

export class TokenRefused extends Error {
  override readonly name = 'TokenRefused';

  constructor(
    readonly reason: RefusalReason,
    options?: { cause?: unknown },
  ) {
    super(`token refused: ${reason}`, options);
  }
}

export interface Expectations {
  readonly issuer: string;
  readonly audience: string;
  readonly algorithms: readonly string[];
  /** For tests of the boundaries; the real clock otherwise. */
  readonly now?: () => Date;
}

/**
 * jose checks signature, iss, aud, exp and nbf (with the skew); what it leaves optional is
 * required here: exp and iat must be present, iat not in the future (beyond the skew), and the
 * lifetime exp - iat bounded.
 */
export async function verifyWithRules(
  token: string,
  key: Uint8Array | CryptoKey | JWTVerifyGetKey,
  expected: Expectations,
): Promise<JWTPayload> {
  const currentDate = expected.now?.() ?? new Date();
  const options: JWTVerifyOptions = {
    issuer: expected.issuer,
    audience: expected.audience,
    algorithms: [...expected.algorithms],
    clockTolerance: CLOCK_SKEW_SECONDS,
    requiredClaims: ['exp', 'iat', 'sub'],
    currentDate,
  };
  let payload: JWTPayload;
  try {
    // The two overloads of jwtVerify differ only in the key's type.
    payload =
      typeof key !== 'function'
        ? (await jwtVerify(token, key, options)).payload
        : (await jwtVerify(token, key, options)).payload;
  } catch (error) {
    throw new TokenRefused(reasonOf(error, typeof key === 'function'), { cause: error });
  }
  const now = Math.floor(currentDate.getTime() / 1000);
  const { exp, iat } = payload as { exp: number; iat: number };
  if (iat > now + CLOCK_SKEW_SECONDS) throw new TokenRefused('not yet valid');
  // With iat at most one skew ahead, this also bounds what is left: exp - now <= 12 h + skew.
  if (exp - iat > MAX_LIFETIME_SECONDS) throw new TokenRefused('lifetime too long');
  return payload;
}

function reasonOf(error: unknown, remoteKeys: boolean): RefusalReason {
  // A failed fetch of the key set is not the token's fault; say so, so an operator looks at the provider.
  if (remoteKeys && (error instanceof errors.JWKSTimeout || !(error instanceof errors.JOSEError))) return 'issuer unreachable';
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return 'missing claim';
    if (error.claim === 'nbf') return 'not yet valid';
    if (error.claim === 'iss') return 'unknown issuer';
  }
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid) return 'malformed';
  return 'invalid';
}
