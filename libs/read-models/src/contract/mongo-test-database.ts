import { randomBytes } from 'node:crypto';
import { serviceSetting, serviceUnreachable } from '@certflow/testing';
import { MongoReadModelStore } from '../mongodb/mongodb-store.js';

export interface MongoTestDatabase {
  readonly url: string;
  readonly database: string;
  open(): Promise<MongoReadModelStore>;
  /** Drops the database (the tests' stores must be closed or left to close on their own). */
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file (MONGODB_URL, or what deploy/local/up.sh started),
 * dropped afterwards. A server that does not answer fails the suite with directions.
 */
export async function createMongoTestDatabase(prefix = 'certflow_test'): Promise<MongoTestDatabase> {
  const url = serviceSetting('MONGODB_URL');
  const database = `${prefix}_${randomBytes(5).toString('hex')}`;
  const open = async () => {
    try {
      return await MongoReadModelStore.open({ url, database, clientOptions: { serverSelectionTimeoutMS: 3_000 } });
    } catch (error) {
      throw serviceUnreachable('MONGODB_URL', url, error);
    }
  };
  await (await open()).close();
  return {
    url,
    database,
    open,
    async drop() {
      const store = await open();
      try {
        await store.db.dropDatabase();
      } finally {
        await store.close();
      }
    },
  };
}
