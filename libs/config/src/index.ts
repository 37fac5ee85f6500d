import { resolve } from 'node:path';

export type StoreKind = 'sqlite' | 'postgres';

export interface CertflowConfig {
  readonly dataDir: string;
  readonly store: StoreKind;
  readonly databaseUrl: string | undefined;
  readonly port: number;
  readonly host: string;
  /**
   * Business time set by clients (demo, training). Unset, it is on only for the embedded default
   * (SQLite, NODE_ENV not production), so that `npm start` can play the demo; never in production.
   */
  readonly simulatedClock: boolean;
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
    simulatedClock: simulatedClock(env, store),
  };
}

function simulatedClock(env: NodeJS.ProcessEnv, store: StoreKind): boolean {
  const value = env.CERTFLOW_SIMULATED_CLOCK;
  if (value === undefined || value === '') return store === 'sqlite' && env.NODE_ENV !== 'production';
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  throw new ConfigurationError(`CERTFLOW_SIMULATED_CLOCK must be 1, true, 0 or false, got '${value}'`);
}
