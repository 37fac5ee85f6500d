import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type JWTPayload } from 'jose';
import Provider from 'oidc-provider';
import { countyEvaluation, documentRef, ZHANGGONG } from '@certflow/testing';
import { given } from '../../../../test/support/journey.js';
import { MemoryProviderAdapter } from '../../../../test/support/oidc-provider.js';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';
import type { OidcOptions } from './oidc.js';

const AUDIENCE = 'certflow-gz';
const RS256 = 'https://certflow.example/api/rs256';
const ES256 = 'https://certflow.example/api/es256';
const OTHER_API = 'https://elsewhere.example/api';
const HOUR = 3600;

/** What the government provider says about each of its clients, in its own vocabulary. */
const PEOPLE: Record<string, JWTPayload> = {
  'city-desk': { certflow_role: 'gz-city-admin' },
  'zhanggong-desk': { certflow_role: 'gz-county-officer', certflow_county: ZHANGGONG },
  'nankang-desk': { certflow_role: 'gz-county-officer', certflow_county: '360703' },
  'staff-without-role': { certflow_role: 'gz-visitor' },
  'city-desk-in-groups': { certflow_role: ['gz-visitor', 'gz-city-admin'] },
  'two-hats': { certflow_role: ['gz-city-admin', 'gz-county-officer'], certflow_county: ZHANGGONG },
};

interface SigningKey {
  readonly alg: 'RS256' | 'ES256';
  readonly privateJwk: JWK;
}

async function signingKey(alg: 'RS256' | 'ES256', kid: string): Promise<SigningKey> {
  const { privateKey } = await generateKeyPair(alg, { extractable: true });
  return { alg, privateJwk: { ...(await exportJWK(privateKey)), kid, alg, use: 'sig' } };
}

/**
 * A real OIDC provider (oidc-provider) on a loopback port, issuing JWT access tokens through the
 * client-credentials grant with a resource indicator; the resource picks the signing algorithm.
 */
class LocalProvider {
  private server: Server | undefined;

  private constructor(
    readonly issuer: string,
    private readonly port: number,
  ) {}

  static async start(keys: SigningKey[], port = 0): Promise<LocalProvider> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    const actual = (server.address() as AddressInfo).port;
    const provider = new LocalProvider(`http://127.0.0.1:${actual}`, actual);
    provider.serve(server, keys);
    return provider;
  }

  /** Stops this provider and starts another at the same issuer with a new key set, as a rotation does. */
  async restartWith(keys: SigningKey[]): Promise<void> {
    await this.stop();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.serve(server, keys);
  }

  private serve(server: Server, keys: SigningKey[]) {
    const oidc = new Provider(this.issuer, {
      clients: Object.keys(PEOPLE).map((clientId) => ({
        client_id: clientId,
        client_secret: `${clientId}-secret`,
        grant_types: ['client_credentials'],
        response_types: [],
        redirect_uris: [],
      })),
      jwks: { keys: keys.map((key) => key.privateJwk) },
      features: {
        clientCredentials: { enabled: true },
        devInteractions: { enabled: false },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => RS256,
          getResourceServerInfo: (_ctx, resource) => ({
            scope: 'api',
            audience: resource === OTHER_API ? 'another-api' : AUDIENCE,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: resource === ES256 ? 'ES256' : 'RS256' } },
          }),
        },
      },
      extraTokenClaims: (_ctx, token) => PEOPLE[token.clientId ?? ''],
      adapter: MemoryProviderAdapter,
      ttl: { ClientCredentials: 10 * 60 },
    });
    const handle = oidc.callback();
    // A client's pooled connection to the stopped provider would otherwise race the restart.
    server.on('request', (request, response) => {
      response.setHeader('connection', 'close');
      void handle(request, response);
    });
    this.server = server;
  }

  async token(clientId: string, resource = RS256): Promise<string> {
    const response = await fetch(`${this.issuer}/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${clientId}-secret`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'client_credentials', resource }),
    });
    const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
    if (!body.access_token) throw new Error(`the provider refused a token: ${body.error}: ${body.error_description}`);
    return body.access_token;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('OIDC sign-in against a real provider', () => {
  let rsa: SigningKey;
  let ec: SigningKey;
  let idp: LocalProvider;
  let t: TestApp;

  /** A token of the provider's own key with claims and times a test chooses (seconds from now). */
  async function crafted(times: { iat?: number; exp?: number; nbf?: number }, claims: JWTPayload = {}, key = rsa) {
    const now = Math.floor(Date.now() / 1000);
    const payload: JWTPayload = { ...PEOPLE['city-desk'], sub: 'city-desk', iss: idp.issuer, aud: AUDIENCE, ...claims };
    for (const name of ['iat', 'exp', 'nbf'] as const) if (times[name] !== undefined) payload[name] = now + times[name];
    return new SignJWT(payload)
      .setProtectedHeader({ alg: key.alg, kid: key.privateJwk.kid!, typ: 'at+jwt' })
      .sign(await importJWK(key.privateJwk, key.alg));
  }

  const getCycle = (token: string) => t.http.get('/api/v1/cycles/2027').set('Authorization', `Bearer ${token}`);
  const recommend = (platformId: string, token: string) =>
    t.http
      .post(`/api/v1/platforms/${platformId}/recommend-platform`)
      .set('Authorization', `Bearer ${token}`)
      .send({ countyEvaluation: countyEvaluation(), recommendationForm: documentRef('推荐表.pdf') });
  const refusedAs = (reason: string) => ({ code: 'auth.unauthenticated', detail: `the bearer token is not accepted: ${reason}` });

  beforeAll(async () => {
    rsa = await signingKey('RS256', 'rsa-2027');
    ec = await signingKey('ES256', 'ec-2027');
    idp = await LocalProvider.start([rsa, ec]);
    const oidc: OidcOptions = {
      issuer: idp.issuer,
      audience: AUDIENCE,
      roleClaim: 'certflow_role',
      countyClaim: 'certflow_county',
      platformClaim: 'certflow_platform',
      roleMap: { 'gz-city-admin': 'city', 'gz-county-officer': 'county' },
      // A rotation is picked up at the first token with the new kid, not 30 s later.
      jwksCooldownMs: 0,
    };
    t = await startTestApp('sqlite', undefined, { oidc });
    await given(t).openCycle(2027);
  });
  afterAll(async () => {
    await t?.close();
    await idp?.stop();
  });

  it('accepts an RS256 token with the mapped role, and records who acted', async () => {
    const token = await idp.token('city-desk', RS256);
    await getCycle(token).expect(200);
    await t.http
      .post('/api/v1/cycles/2028/open-cycle')
      .set('Authorization', `Bearer ${token}`)
      .set('Accept-Language', 'en')
      .send({ rulesetId: 'ganzhou-2013', noticeTitle: '2028年度认定通知', applicationDeadline: '2028-04-30', recheckMaterialsDeadline: '2028-05-31', reviewDeadline: '2028-07-31' })
      .expect(201);
    const [opened] = await t.store.readStream('cycle-2028');
    expect(opened!.metadata).toMatchObject({ actorId: 'city-desk', role: 'city' });
  });

  it('accepts an ES256 token with the mapped role and county: the county acts on its own platforms only', async () => {
    await given(t).submitted('gz-oidc-1', 2027);
    await recommend('gz-oidc-1', await idp.token('nankang-desk', ES256)).expect(403);
    await recommend('gz-oidc-1', await idp.token('zhanggong-desk', ES256)).expect(201);
    const events = await t.store.readStream('platform-gz-oidc-1');
    expect(events.at(-1)!.metadata).toMatchObject({ actorId: 'zhanggong-desk', role: 'county', county: ZHANGGONG });
  });

  it('refuses a token for another audience', async () => {
    const response = await getCycle(await idp.token('city-desk', OTHER_API)).set('Accept-Language', 'en').expect(401);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject(refusedAs('invalid'));
  });

  it('refuses a token whose role the mapping does not know', async () => {
    const response = await getCycle(await idp.token('staff-without-role')).set('Accept-Language', 'en').expect(401);
    expect(response.body).toMatchObject(refusedAs('no certflow role'));
  });

  it('takes the role from a list when exactly one of its values maps to a role', async () => {
    await getCycle(await idp.token('city-desk-in-groups')).expect(200);
    const response = await getCycle(await idp.token('two-hats')).set('Accept-Language', 'en').expect(401);
    expect(response.body).toMatchObject(refusedAs('no certflow role'));
  });

  it('refuses a token of another issuer, even one that runs OIDC too', async () => {
    const other = await LocalProvider.start([await signingKey('RS256', 'other')]);
    const token = await other.token('city-desk');
    await other.stop();
    const response = await getCycle(token).set('Accept-Language', 'en').expect(401);
    expect(response.body).toMatchObject(refusedAs('unknown issuer'));
  });

  it('refuses a token naming the issuer but signed with a key it never published', async () => {
    const forged = await crafted({ iat: 0, exp: HOUR }, {}, await signingKey('RS256', 'rsa-2027'));
    const response = await getCycle(forged).set('Accept-Language', 'en').expect(401);
    expect(response.body).toMatchObject(refusedAs('invalid'));
  });

  it('refuses an expired token', async () => {
    const response = await getCycle(await crafted({ iat: -2 * HOUR, exp: -HOUR })).set('Accept-Language', 'en').expect(401);
    expect(response.body).toMatchObject(refusedAs('expired'));
  });

  it('refuses a token without exp, issued in the future, or living 100 years', async () => {
    const endless = await getCycle(await crafted({ iat: 0 })).set('Accept-Language', 'en').expect(401);
    expect(endless.body).toMatchObject(refusedAs('missing claim'));
    const future = await getCycle(await crafted({ iat: 5 * 60, exp: HOUR })).set('Accept-Language', 'en').expect(401);
    expect(future.body).toMatchObject(refusedAs('not yet valid'));
    const century = await getCycle(await crafted({ iat: 0, exp: 100 * 365 * 24 * HOUR })).set('Accept-Language', 'en').expect(401);
    expect(century.body).toMatchObject(refusedAs('lifetime too long'));
  });

  it('accepts a lifetime of exactly 12 h and refuses 12 h and 1 s', async () => {
    await getCycle(await crafted({ iat: 0, exp: 12 * HOUR })).expect(200);
    const response = await getCycle(await crafted({ iat: 0, exp: 12 * HOUR + 1 })).set('Accept-Language', 'en').expect(401);
    expect(response.body).toMatchObject(refusedAs('lifetime too long'));
  });

  it('honours nbf: beyond the 60 s skew refused, within it accepted', async () => {
    const response = await getCycle(await crafted({ iat: 0, nbf: 5 * 60, exp: HOUR })).set('Accept-Language', 'en').expect(401);
    expect(response.body).toMatchObject(refusedAs('not yet valid'));
    await getCycle(await crafted({ iat: 0, nbf: 30, exp: HOUR })).expect(200);
  });

  it('still accepts embedded tokens beside the provider', async () => {
    await getCycle(await t.token('auditor')).expect(200);
  });

  it('picks up rotated keys: a token signed with the new key is accepted without a restart', async () => {
    await getCycle(await idp.token('city-desk', RS256)).expect(200);
    const rsaNext = await signingKey('RS256', 'rsa-2028');
    const ecNext = await signingKey('ES256', 'ec-2028');
    // The new keys come first, so the provider signs with them; the old ones stay published for tokens in flight.
    await idp.restartWith([rsaNext, ecNext, rsa, ec]);
    const rotatedRs = await idp.token('city-desk', RS256);
    const rotatedEs = await idp.token('zhanggong-desk', ES256);
    expect(JSON.parse(Buffer.from(rotatedRs.split('.')[0]!, 'base64url').toString()).kid).toBe('rsa-2028');
    await getCycle(rotatedRs).expect(200);
    await getCycle(rotatedEs).expect(200);
    await getCycle(await crafted({ iat: 0, exp: HOUR }, {}, rsa)).expect(200);
  });
});
