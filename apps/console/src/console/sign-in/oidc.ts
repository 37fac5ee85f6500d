import * as oauth from 'oauth4webapi';
import type { Schemas } from '../../api/client';

export type OidcOffer = Schemas['OidcSignInDto'];

/** What survives the trip to the provider and back: the PKCE verifier, state and nonce of this attempt (RFC 7636, OIDC Core 3.1.2.1). */
interface Pending {
  offer: OidcOffer;
  verifier: string;
  state: string;
  nonce: string;
}

const PENDING = 'certflow.oidc-pending';

export function redirectUri(): string {
  return new URL('/console/sign-in/callback', location.origin).href;
}

/** The server only accepts a plain-HTTP issuer on loopback (a developer's or a test's provider); the browser follows it there. */
function insecureAllowed(issuer: URL): boolean {
  return issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
}

async function discover(offer: OidcOffer): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(offer.issuer);
  const response = await oauth.discoveryRequest(issuer, { algorithm: 'oidc', [oauth.allowInsecureRequests]: insecureAllowed(issuer) });
  return oauth.processDiscoveryResponse(issuer, response);
}

/** Leaves for the provider's sign-in page: authorization code with PKCE (S256), as a public client. */
export async function startOidcSignIn(offer: OidcOffer): Promise<void> {
  const server = await discover(offer);
  if (!server.authorization_endpoint) throw new Error(`${offer.issuer} names no authorization endpoint`);
  const pending: Pending = { offer, verifier: oauth.generateRandomCodeVerifier(), state: oauth.generateRandomState(), nonce: oauth.generateRandomNonce() };
  const url = new URL(server.authorization_endpoint);
  url.searchParams.set('client_id', offer.clientId);
  url.searchParams.set('redirect_uri', redirectUri());
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', offer.scopes);
  url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(pending.verifier));
  url.searchParams.set('code_challenge_method', 'S256');
  url.searchParams.set('state', pending.state);
  url.searchParams.set('nonce', pending.nonce);
  if (offer.resource) url.searchParams.set('resource', offer.resource);
  // sessionStorage: the tab that left is the tab that comes back, and nothing outlives it.
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  location.assign(url.href);
}

/** Back from the provider: checks state, redeems the code with the verifier, and gives the access token the API reads. */
export async function finishOidcSignIn(callback: URL): Promise<string> {
  const saved = sessionStorage.getItem(PENDING);
  // Used once: a reload of the callback page must not redeem the code again.
  sessionStorage.removeItem(PENDING);
  if (!saved) throw new Error('no sign-in was started in this tab');
  const pending = JSON.parse(saved) as Pending;
  const server = await discover(pending.offer);
  const client: oauth.Client = { client_id: pending.offer.clientId };
  const parameters = oauth.validateAuthResponse(server, client, callback, pending.state);
  const insecure = insecureAllowed(new URL(pending.offer.issuer));
  const response = await oauth.authorizationCodeGrantRequest(server, client, oauth.None(), parameters, redirectUri(), pending.verifier, {
    [oauth.allowInsecureRequests]: insecure,
    ...(pending.offer.resource ? { additionalParameters: { resource: pending.offer.resource } } : {}),
  });
  const result = await oauth.processAuthorizationCodeResponse(server, client, response, { expectedNonce: pending.nonce, requireIdToken: true });
  return result.access_token;
}
