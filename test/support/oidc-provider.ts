import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload } from 'jose';
import Provider, { type Adapter, type AdapterPayload } from 'oidc-provider';

/** The provider's storage, kept here so that it does not warn about its own in-memory default. */
export class MemoryProviderAdapter implements Adapter {
  private static readonly items = new Map<string, AdapterPayload>();
  constructor(private readonly model: string) {}
  private key = (id: string) => `${this.model}:${id}`;
  async upsert(id: string, payload: AdapterPayload) {
    MemoryProviderAdapter.items.set(this.key(id), payload);
  }
  async find(id: string) {
    return MemoryProviderAdapter.items.get(this.key(id));
  }
  async findByUserCode() {
    return undefined;
  }
  async findByUid(uid: string) {
    return [...MemoryProviderAdapter.items.entries()].find(([key, item]) => key.startsWith(`${this.model}:`) && item.uid === uid)?.[1];
  }
  async consume(id: string) {
    const item = MemoryProviderAdapter.items.get(this.key(id));
    if (item) item.consumed = Math.floor(Date.now() / 1000);
  }
  async destroy(id: string) {
    MemoryProviderAdapter.items.delete(this.key(id));
  }
  async revokeByGrantId(grantId: string) {
    for (const [key, item] of MemoryProviderAdapter.items) if (item.grantId === grantId) MemoryProviderAdapter.items.delete(key);
  }
}

export interface ConsoleProviderOptions {
  /** The console's public client and where it comes back to. */
  readonly clientId: string;
  readonly redirectUri: string;
  /** The resource whose access tokens carry certflow's audience; any other resource gets `otherAudience`. */
  readonly resource: string;
  readonly audience: string;
  readonly otherAudience: string;
  /** The people who may sign in (login name = subject), with their claims in the provider's own vocabulary. */
  readonly people: Readonly<Record<string, JWTPayload>>;
}

/**
 * A real OpenID provider (oidc-provider) on a loopback port: its development interactions give
 * the login and consent pages a person goes through; the console signs in as a public client
 * with PKCE; JWT access tokens for a resource (RFC 8707) carry the person's certflow claims.
 * It listens before it is configured, so that its issuer is known to the API it redirects back to.
 */
export class ConsoleProvider {
  private constructor(
    readonly issuer: string,
    private readonly server: Server,
  ) {}

  static async listen(): Promise<ConsoleProvider> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new ConsoleProvider(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, server);
  }

  async configure(options: ConsoleProviderOptions): Promise<void> {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const oidc = new Provider(this.issuer, {
      adapter: MemoryProviderAdapter,
      clients: [
        {
          client_id: options.clientId,
          token_endpoint_auth_method: 'none',
          grant_types: ['authorization_code'],
          response_types: ['code'],
          redirect_uris: [options.redirectUri],
        },
        // Another application of the same provider: its tokens are for another API.
        { client_id: 'elsewhere', client_secret: 'elsewhere-secret', grant_types: ['client_credentials'], response_types: [], redirect_uris: [] },
      ],
      jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'console-test', alg: 'RS256', use: 'sig' }] },
      findAccount: (_ctx, id) => (Object.hasOwn(options.people, id) ? { accountId: id, claims: () => ({ sub: id }) } : undefined),
      features: {
        devInteractions: { enabled: true },
        clientCredentials: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => options.resource,
          useGrantedResource: () => true,
          getResourceServerInfo: (_ctx, resource) => ({
            scope: 'api',
            audience: resource === options.resource ? options.audience : options.otherAudience,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          }),
        },
      },
      extraTokenClaims: (_ctx, token) => ('accountId' in token && token.accountId ? options.people[token.accountId] : { certflow_role: 'gz-city-admin' }),
      pkce: { required: () => true },
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 3600, IdToken: 3600, ClientCredentials: 600 },
      // The console's origin is the only one a browser may call the token endpoint from.
      clientBasedCORS: (_ctx, origin, client) => client.redirectUris?.some((uri) => new URL(uri).origin === origin) ?? false,
    });
    const handle = oidc.callback();
    this.server.on('request', (request, response) => void handle(request, response));
  }

  /** A token of this provider for another API (the client-credentials grant of another application). */
  async tokenForOtherApi(resource: string): Promise<string> {
    const response = await fetch(`${this.issuer}/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from('elsewhere:elsewhere-secret').toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', resource }),
    });
    const body = (await response.json()) as { access_token?: string; error?: string; error_description?: string };
    if (!body.access_token) throw new Error(`the provider refused a token: ${body.error}: ${body.error_description}`);
    return body.access_token;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
