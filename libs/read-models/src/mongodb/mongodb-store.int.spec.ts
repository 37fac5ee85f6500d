import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { registryEntry } from '@certflow/testing';
import { readModelStoreContract } from '../contract/read-model-store.contract.js';
import { createMongoTestDatabase, type MongoTestDatabase } from '../contract/mongo-test-database.js';
import type { Projection, ReadModelDocument } from '../projection.js';
import { publicRegistry } from '../projections.js';
import { REGISTRY_SEARCH_FIELD } from '../public-registry/registry-search.js';
import type { MongoReadModelStore } from './mongodb-store.js';

readModelStoreContract('mongodb', async () => {
  const database: MongoTestDatabase = await createMongoTestDatabase('certflow_rm_contract');
  return {
    open: () => database.open(),
    dispose: () => database.drop(),
  };
});

describe('mongodb registry search key', () => {
  let database: MongoTestDatabase;
  let store: MongoReadModelStore;
  const registry = [publicRegistry as unknown as Projection<ReadModelDocument>];

  beforeAll(async () => {
    database = await createMongoTestDatabase('certflow_rm_search');
    store = await database.open();
    await store.init(registry);
  });
  afterAll(async () => {
    await store?.close();
    await database?.drop();
  });

  it('stores the folded name and operator with each registry document', async () => {
    const entry = registryEntry('sd-001', '章贡区（水东）中小企业服务平台');
    await store.write(publicRegistry.collection, [{ key: entry._id, change: { put: entry } }]);
    const stored = await store.db.collection(publicRegistry.collection).findOne({ _id: 'sd-001' as never });
    expect(stored?.[REGISTRY_SEARCH_FIELD]).toBe('章贡区水东中小企业服务平台\n章贡区水东中小企业服务平台运营有限公司');
  });

  it('gives documents written before the key existed one at start, so they are found without a rebuild', async () => {
    const old = registryEntry('old-002', '瑞金市（试点）创业服务平台');
    await store.db.collection(publicRegistry.collection).insertOne(old as never);
    expect((await store.searchRegistry({ text: '(试点)创业', page: 1, pageSize: 10 })).total).toBe(0);
    await store.init(registry);
    expect((await store.searchRegistry({ text: '(试点)创业', page: 1, pageSize: 10 })).items).toEqual([old]);
  });
});
