import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from '@jest/globals';
import pg from 'pg';
import { PostgresEventStore, type PostgresEventStoreOptions } from '@certflow/event-store';
import { serviceSetting, serviceUnreachable } from './services.js';

export interface TestDatabase {
  readonly url: string;
  /** Runs SQL directly, past the store: for tampering and for holding transactions open. */
  readonly admin: pg.Pool;
  drop(): Promise<void>;
}

/** A database of its own for one test file, so files can run in parallel. */
export async function createTestDatabase(prefix = 'certflow_test'): Promise<TestDatabase> {
  const serverUrl = serviceSetting('DATABASE_URL');
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const server = new pg.Client({ connectionString: serverUrl });
  try {
    await server.connect();
  } catch (error) {
    throw serviceUnreachable('DATABASE_URL', serverUrl, error);
  }
  try {
    await server.query(`CREATE DATABASE ${name}`);
  } finally {
    await server.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Pool({ connectionString: url.toString(), max: 4 });
  // DROP DATABASE ... WITH (FORCE) at the end terminates whatever is still connected; an idle
  // admin connection ended that way is expected, not a test failure.
  admin.on('error', () => undefined);
  return {
    url: url.toString(),
    admin,
    async drop() {
      await admin.end();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

/**
 * A database of its own and a store on it for the enclosing describe block: opened before its
 * first test, closed and dropped after its last. Read `database` and `store` inside tests only.
 */
export function usePostgresStore(options: Omit<PostgresEventStoreOptions, 'connectionString'> = {}): {
  readonly database: TestDatabase;
  readonly store: PostgresEventStore;
} {
  let database: TestDatabase | undefined;
  let store: PostgresEventStore | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    store = await PostgresEventStore.open({ connectionString: database.url, ...options });
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });
  const opened = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('usePostgresStore: read the database and store inside a test, after beforeAll');
    return value;
  };
  return {
    get database() {
      return opened(database);
    },
    get store() {
      return opened(store);
    },
  };
}
