import { describe, expect, it } from '@jest/globals';
import { createLocalJWKSet, decodeJwt, exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { AUDIENCE, DEFAULT_TTL, ISSUER, mintToken, parseTtl, TtlError, verifyToken } from './keys.js';
import { TokenRefused, verifyWithRules } from './token-rules.js';
import { TokenVerifier } from './token-verifier.js';

const NOW = 1_900_000_000;
const now = () => new Date(NOW * 1000);
const HOUR = 3600;
const key = new TextEncoder().encode('k'.repeat(32));

/** An embedded-style token with the given times, relative to NOW; `undefined` leaves the claim out. */
function hs256(times: { iat?: number; exp?: number; nbf?: number }, claims: JWTPayload = { role: 'city' }) {
  const body: JWTPayload = { ...claims, sub: 'someone', iss: ISSUER, aud: AUDIENCE };
  if (times.iat !== undefined) body.iat = NOW + times.iat;
  if (times.exp !== undefined) body.exp = NOW + times.exp;
  if (times.nbf !== undefined) body.nbf = NOW + times.nbf;
  return new SignJWT(body).setProtectedHeader({ alg: 'HS256' }).sign(key);
}

const verify = async (token: string | Promise<string>) => verifyToken(key, await token, now);
const refusedFor = (reason: string) => ({ name: 'TokenRefused', reason });

describe('token rules: exp, iat, nbf and the 12 h lifetime, with 60 s of clock skew', () => {
  it('accepts a token issued now for 8 hours', async () => {
    await expect(verify(hs256({ iat: 0, exp: 8 * HOUR }))).resolves.toEqual({ id: 'someone', role: 'city' });
  });

  it('refuses a token without exp: it would never expire', async () => {
    await expect(verify(hs256({ iat: 0 }))).rejects.toMatchObject(refusedFor('missing claim'));
  });

  it('refuses a token without iat: its lifetime could not be bounded', async () => {
    await expect(verify(hs256({ exp: HOUR }))).rejects.toMatchObject(refusedFor('missing claim'));
  });

  it('refuses a token issued in the future beyond the skew, accepts one within it', async () => {
    await expect(verify(hs256({ iat: 61, exp: 61 + HOUR }))).rejects.toMatchObject(refusedFor('not yet valid'));
    await expect(verify(hs256({ iat: 60, exp: 60 + HOUR }))).resolves.toMatchObject({ role: 'city' });
  });

  it('refuses a 100-year lifetime', async () => {
    await expect(verify(hs256({ iat: 0, exp: 100 * 365 * 24 * HOUR }))).rejects.toMatchObject(refusedFor('lifetime too long'));
  });

  it('accepts exactly 12 h of lifetime and refuses 12 h and 1 s', async () => {
    await expect(verify(hs256({ iat: 0, exp: 12 * HOUR }))).resolves.toMatchObject({ role: 'city' });
    await expect(verify(hs256({ iat: 0, exp: 12 * HOUR + 1 }))).rejects.toMatchObject(refusedFor('lifetime too long'));
  });

  it('refuses a recent exp on a token issued long ago (exp - iat counts, not exp - now)', async () => {
    await expect(verify(hs256({ iat: -11 * HOUR, exp: 2 * HOUR }))).rejects.toMatchObject(refusedFor('lifetime too long'));
  });

  it('refuses an expired token beyond the skew, accepts one within it', async () => {
    await expect(verify(hs256({ iat: -HOUR, exp: -61 }))).rejects.toMatchObject(refusedFor('expired'));
    await expect(verify(hs256({ iat: -HOUR, exp: -59 }))).resolves.toMatchObject({ role: 'city' });
  });

  it('honours nbf: refused beyond the skew, accepted within it', async () => {
    await expect(verify(hs256({ iat: 0, nbf: 61, exp: HOUR }))).rejects.toMatchObject(refusedFor('not yet valid'));
    await expect(verify(hs256({ iat: 0, nbf: 60, exp: HOUR }))).resolves.toMatchObject({ role: 'city' });
  });

  it('checks issuer and audience', async () => {
    const times = { iat: NOW, exp: NOW + HOUR, sub: 'someone', role: 'city' };
    const other = (claims: JWTPayload) => new SignJWT({ ...times, ...claims }).setProtectedHeader({ alg: 'HS256' }).sign(key);
    await expect(verify(other({ iss: 'someone-else', aud: AUDIENCE }))).rejects.toMatchObject(refusedFor('unknown issuer'));
    await expect(verify(other({ iss: ISSUER, aud: 'another-api' }))).rejects.toMatchObject(refusedFor('invalid'));
  });

  it('refuses a county token without its county and a role certflow does not know', async () => {
    await expect(verify(hs256({ iat: 0, exp: HOUR }, { role: 'county' }))).rejects.toMatchObject(refusedFor('missing claim'));
    await expect(verify(hs256({ iat: 0, exp: HOUR }, { role: 'admin' }))).rejects.toMatchObject(refusedFor('no certflow role'));
  });

  it('applies the same rules to ES256 tokens checked against a key set', async () => {
    const pair = await generateKeyPair('ES256');
    const jwks = createLocalJWKSet({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'ES256' }] });
    const es256 = (iat: number, exp: number) =>
      new SignJWT({ sub: 'someone', iss: 'https://idp.example', aud: 'certflow', iat: NOW + iat, exp: NOW + exp })
        .setProtectedHeader({ alg: 'ES256', kid: 'k1' })
        .sign(pair.privateKey);
    const expected = { issuer: 'https://idp.example', audience: 'certflow', algorithms: ['ES256'], now };
    await expect(verifyWithRules(await es256(0, 12 * HOUR), jwks, expected)).resolves.toMatchObject({ sub: 'someone' });
    await expect(verifyWithRules(await es256(0, 12 * HOUR + 1), jwks, expected)).rejects.toMatchObject(refusedFor('lifetime too long'));
    // An HS256 token must not pass where only asymmetric algorithms are expected.
    await expect(verifyWithRules(await hs256({ iat: 0, exp: HOUR }), jwks, { ...expected, issuer: ISSUER, audience: AUDIENCE })).rejects.toBeInstanceOf(TokenRefused);
  });
});

describe('minting embedded tokens', () => {
  it('lives 8 hours by default', async () => {
    const { iat, exp } = decodeJwt(await mintToken(key, { role: 'auditor' }));
    expect(DEFAULT_TTL).toBe('8h');
    expect(exp! - iat!).toBe(8 * HOUR);
  });

  it('takes a ttl up to 12 h and refuses a longer one', async () => {
    const { iat, exp } = decodeJwt(await mintToken(key, { role: 'auditor', ttl: '12h' }));
    expect(exp! - iat!).toBe(12 * HOUR);
    await expect(mintToken(key, { role: 'auditor', ttl: '43201s' })).rejects.toThrow('--ttl must be at most 12h');
  });

  it('parses s, m and h and nothing else', () => {
    expect(parseTtl('90s')).toBe(90);
    expect(parseTtl('30m')).toBe(1800);
    expect(parseTtl('12h')).toBe(12 * HOUR);
    expect(() => parseTtl('13h')).toThrow(TtlError);
    expect(() => parseTtl('0s')).toThrow(TtlError);
    expect(() => parseTtl('1d')).toThrow(TtlError);
    expect(() => parseTtl('8')).toThrow(TtlError);
  });

  it('mints tokens the verifier accepts', async () => {
    const token = await mintToken(key, { role: 'county', county: '360702' });
    await expect(verifyToken(key, token)).resolves.toEqual({ id: 'county-360702', role: 'county', county: '360702' });
  });
});

describe('TokenVerifier: the issuer picks the verifier', () => {
  it('accepts embedded tokens unless they are turned off', async () => {
    const token = await mintToken(key, { role: 'city' });
    await expect(new TokenVerifier({ signingKey: key }).verify(token)).resolves.toMatchObject({ role: 'city' });
    await expect(new TokenVerifier({ signingKey: key, embeddedTokens: false }).verify(token)).rejects.toMatchObject(refusedFor('unknown issuer'));
  });

  it('refuses a token of an issuer it was not told about, and one that is not a JWT', async () => {
    const stranger = await new SignJWT({ sub: 'x', iss: 'https://elsewhere.example', aud: AUDIENCE })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(key);
    await expect(new TokenVerifier({ signingKey: key }).verify(stranger)).rejects.toMatchObject(refusedFor('unknown issuer'));
    await expect(new TokenVerifier({ signingKey: key }).verify('not-a-jwt')).rejects.toMatchObject(refusedFor('malformed'));
  });
});
