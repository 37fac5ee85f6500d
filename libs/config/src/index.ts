import { resolve } from 'node:path';

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
