import { resolve } from 'node:path';
import { ROLES, type Role } from '@certflow/domain';

export type StoreKind = 'sqlite' | 'postgres';

export interface CertflowConfig {
  readonly dataDir: string;
  readonly store: StoreKind;
  readonly databaseUrl: string | undefined;
  readonly port: number;
  readonly host: string;
  /**
   * Business time set by clients (training servers). Off unless asked for: deadlines (Arts. 12,
   * 15) are checked against business time, so moving it must be a deliberate choice.
   */
  readonly simulatedClock: boolean;
  /** Requests a minute per client address without a token, and per token subject; 0 turns one off. */
  readonly rateLimits: { readonly anonymousPerMinute: number; readonly authenticatedPerMinute: number };
  /** Swagger UI and the OpenAPI document: on, except under NODE_ENV=production unless CERTFLOW_API_DOCS=1. */
  readonly apiDocs: boolean;
  /** Tokens of the government identity provider (OIDC discovery + JWKS); absent, only embedded tokens. */
  readonly oidc: OidcConfig | undefined;
  /** Whether HS256 tokens signed with the data folder's key (`certflow token`) are accepted. */
  readonly embeddedTokens: boolean;
}

export interface OidcConfig {
  readonly issuer: string;
  readonly audience: string;
  readonly roleClaim: string;
  readonly countyClaim: string;
  readonly platformClaim: string;
  /** Identity-provider role values to certflow roles; when set, only the listed values give a role. */
  readonly roleMap: Readonly<Record<string, Role>> | undefined;
}

export class ConfigurationError extends Error {
  readonly code = 'config.invalid';
}

/**
 * Every certflow process (server, worker, CLI) reads the same variables, so that a command run
 * beside a server sees the same store.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): CertflowConfig {
  const store = (env.CERTFLOW_EVENT_STORE ?? 'sqlite') as StoreKind;
  if (store !== 'sqlite' && store !== 'postgres') {
    throw new ConfigurationError(`CERTFLOW_EVENT_STORE must be 'sqlite' or 'postgres', got '${store}'`);
  }
  if (store === 'postgres' && !env.DATABASE_URL) {
    throw new ConfigurationError('CERTFLOW_EVENT_STORE=postgres needs DATABASE_URL');
  }
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigurationError(`PORT must be a port number, got '${env.PORT}'`);
  return {
    dataDir: resolve(env.CERTFLOW_DATA_DIR ?? 'data'),
    store,
    databaseUrl: env.DATABASE_URL,
    port,
    host: env.HOST ?? '127.0.0.1',
    simulatedClock: flag(env, 'CERTFLOW_SIMULATED_CLOCK', false),
    rateLimits: {
      anonymousPerMinute: count(env, 'CERTFLOW_RATE_LIMIT_ANONYMOUS', 300),
      authenticatedPerMinute: count(env, 'CERTFLOW_RATE_LIMIT_AUTHENTICATED', 1200),
    },
    apiDocs: flag(env, 'CERTFLOW_API_DOCS', env.NODE_ENV !== 'production'),
    ...signIn(env),
  };
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  throw new ConfigurationError(`${name} must be 1, true, 0 or false, got '${value}'`);
}

function count(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(parsed)) throw new ConfigurationError(`${name} must be a whole number (0 turns it off), got '${value}'`);
  return parsed;
}

const OIDC_OPTIONAL = [
  'CERTFLOW_OIDC_AUDIENCE',
  'CERTFLOW_OIDC_ROLE_CLAIM',
  'CERTFLOW_OIDC_COUNTY_CLAIM',
  'CERTFLOW_OIDC_PLATFORM_CLAIM',
  'CERTFLOW_OIDC_ROLE_MAP',
] as const;

function signIn(env: NodeJS.ProcessEnv): Pick<CertflowConfig, 'oidc' | 'embeddedTokens'> {
  const oidc = oidcConfig(env);
  // Without an identity provider the embedded key is the only way in, so it stays on by default.
  const embeddedTokens = flag(env, 'CERTFLOW_EMBEDDED_TOKENS', !(oidc && env.NODE_ENV === 'production'));
  if (!embeddedTokens && !oidc) {
    throw new ConfigurationError('CERTFLOW_EMBEDDED_TOKENS=0 needs CERTFLOW_OIDC_ISSUER: otherwise no token would be accepted');
  }
  return { oidc, embeddedTokens };
}

function oidcConfig(env: NodeJS.ProcessEnv): OidcConfig | undefined {
  const issuer = env.CERTFLOW_OIDC_ISSUER;
  if (issuer === undefined || issuer === '') {
    const stray = OIDC_OPTIONAL.find((name) => env[name] !== undefined && env[name] !== '');
    if (stray) throw new ConfigurationError(`${stray} is set but CERTFLOW_OIDC_ISSUER is not`);
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new ConfigurationError(`CERTFLOW_OIDC_ISSUER must be a URL, got '${issuer}'`);
  }
  // Keys fetched over plain HTTP could be swapped on the way; only a loopback provider (tests) may use it.
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new ConfigurationError(`CERTFLOW_OIDC_ISSUER must be an https URL, got '${issuer}'`);
  }
  if (url.search || url.hash) throw new ConfigurationError(`CERTFLOW_OIDC_ISSUER must not have a query or fragment, got '${issuer}'`);
  const audience = env.CERTFLOW_OIDC_AUDIENCE;
  if (!audience) throw new ConfigurationError('CERTFLOW_OIDC_ISSUER needs CERTFLOW_OIDC_AUDIENCE (the audience certflow\'s tokens carry)');
  return {
    issuer,
    audience,
    roleClaim: claimName(env, 'CERTFLOW_OIDC_ROLE_CLAIM', 'certflow_role'),
    countyClaim: claimName(env, 'CERTFLOW_OIDC_COUNTY_CLAIM', 'certflow_county'),
    platformClaim: claimName(env, 'CERTFLOW_OIDC_PLATFORM_CLAIM', 'certflow_platform'),
    roleMap: roleMap(env.CERTFLOW_OIDC_ROLE_MAP),
  };
}

function claimName(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (value.trim() !== value) throw new ConfigurationError(`${name} must be a claim name without surrounding spaces, got '${value}'`);
  return value;
}

function roleMap(value: string | undefined): Readonly<Record<string, Role>> | undefined {
  if (value === undefined || value === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new ConfigurationError(`CERTFLOW_OIDC_ROLE_MAP must be a JSON object, got '${value}'`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || Object.keys(parsed).length === 0) {
    throw new ConfigurationError(`CERTFLOW_OIDC_ROLE_MAP must be a non-empty JSON object, got '${value}'`);
  }
  const map: Record<string, Role> = Object.create(null) as Record<string, Role>;
  for (const [from, to] of Object.entries(parsed)) {
    if (!ROLES.includes(to as Role)) {
      throw new ConfigurationError(`CERTFLOW_OIDC_ROLE_MAP maps '${from}' to '${String(to)}'; roles are ${ROLES.join(', ')}`);
    }
    map[from] = to as Role;
  }
  return map;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogSettings {
  readonly level: LogLevel;
  /** undefined: pretty when stdout is a terminal. */
  readonly pretty: boolean | undefined;
}

/** LOG_LEVEL and LOG_PRETTY; kept apart from loadConfig until the one schema takes them in. */
export function logSettings(env: NodeJS.ProcessEnv = process.env): LogSettings {
  const level = env.LOG_LEVEL === undefined || env.LOG_LEVEL === '' ? 'info' : env.LOG_LEVEL;
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigurationError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got '${level}'`);
  }
  const pretty = env.LOG_PRETTY === undefined || env.LOG_PRETTY === '' ? undefined : flag(env, 'LOG_PRETTY', false);
  return { level: level as LogLevel, pretty };
}
