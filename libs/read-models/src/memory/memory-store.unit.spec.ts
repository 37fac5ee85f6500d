import { beforeEach, describe, expect, it } from '@jest/globals';
import { registryEntry } from '@certflow/testing';
import { readModelStoreContract } from '../contract/read-model-store.contract.js';
import type { RegistryEntry } from '../documents.js';
import type { Projection, ReadModelDocument } from '../projection.js';
import { publicRegistry } from '../projections.js';
import type { RegistryQuery } from '../store.js';
import { MemoryReadModelStore } from './memory-store.js';

readModelStoreContract('memory', async () => ({
  open: async () => new MemoryReadModelStore(),
  dispose: async () => {},
}));

describe('memory store: the sorted registry it keeps between writes', () => {
  const registry = publicRegistry as unknown as Projection<ReadModelDocument>;
  const put = (...entries: RegistryEntry[]) => entries.map((entry) => ({ key: entry._id, change: { put: entry } }));
  const names = async (store: MemoryReadModelStore, query: Partial<RegistryQuery> = {}) =>
    (await store.searchRegistry({ page: 1, pageSize: 50, ...query })).items.map((entry) => entry.name);
  let store: MemoryReadModelStore;

  beforeEach(async () => {
    store = new MemoryReadModelStore();
    await store.init([registry]);
    await store.write(publicRegistry.collection, put(registryEntry('a', '安远县平台'), registryEntry('b', '瑞金市平台'), registryEntry('c', '章贡区平台')));
    expect(await names(store)).toEqual(['安远县平台', '瑞金市平台', '章贡区平台']);
  });

  it('sorts again after a write renames an entry in place, the collection keeping its size and order', async () => {
    await store.write(publicRegistry.collection, put(registryEntry('a', '龙南市平台', { lastPosition: 11 })));
    expect(await names(store)).toEqual(['瑞金市平台', '章贡区平台', '龙南市平台']);
    expect(await names(store, { county: '360702' })).toEqual(['瑞金市平台', '章贡区平台', '龙南市平台']);
  });

  it('follows entries listed, delisted, added and deleted', async () => {
    await store.write(publicRegistry.collection, put(registryEntry('b', '瑞金市平台', { listed: false, status: 'applying' })));
    expect(await names(store)).toEqual(['安远县平台', '章贡区平台']);
    await store.write(publicRegistry.collection, [...put(registryEntry('d', '会昌县平台')), { key: 'c', change: { delete: true } }]);
    expect(await names(store)).toEqual(['会昌县平台', '安远县平台']);
    expect((await store.searchRegistry({ page: 1, pageSize: 1 })).total).toBe(2);
  });

  it('notices a key deleted and written again, which moves it to the end of the collection', async () => {
    await store.write(publicRegistry.collection, [{ key: 'a', change: { delete: true } }]);
    await store.write(publicRegistry.collection, put(registryEntry('a', '于都县平台')));
    expect(await names(store)).toEqual(['于都县平台', '瑞金市平台', '章贡区平台']);
  });

  it('starts over after a drop', async () => {
    await store.drop(registry);
    expect(await names(store)).toEqual([]);
    await store.write(publicRegistry.collection, put(registryEntry('e', '石城县平台')));
    expect(await names(store)).toEqual(['石城县平台']);
  });

  it('pages a filtered search over the sorted entries', async () => {
    await store.write(publicRegistry.collection, put(registryEntry('d', '会昌县平台', { county: '360733' })));
    const second = await store.searchRegistry({ county: '360702', page: 2, pageSize: 2 });
    expect(second.items.map((entry) => entry.name)).toEqual(['章贡区平台']);
    expect(second.total).toBe(3);
  });
});

describe('memory store: image and restore (the start-up snapshot, issue 15)', () => {
  const registry = publicRegistry as unknown as Projection<ReadModelDocument>;
  const put = (...entries: RegistryEntry[]) => entries.map((entry) => ({ key: entry._id, change: { put: entry } }));

  it('a store restored from an image answers as the store it was taken of, checkpoint included, and its sorted list is worked out again', async () => {
    const taken = new MemoryReadModelStore();
    await taken.init([registry]);
    await taken.write(publicRegistry.collection, put(registryEntry('a', '瑞金市平台'), registryEntry('b', '安远县平台')));
    await taken.saveCheckpoint(registry.name, { cursor: { position: 7 }, position: 7 });
    const restored = new MemoryReadModelStore();
    await restored.init([registry]);
    // A search before the restore leaves a sorted list behind that the restore must drop.
    expect((await restored.searchRegistry({ page: 1, pageSize: 10 })).total).toBe(0);
    expect(restored.restore(structuredClone(taken.image()))).toBe(true);
    expect(await restored.searchRegistry({ page: 1, pageSize: 10 })).toEqual(await taken.searchRegistry({ page: 1, pageSize: 10 }));
    expect(await restored.loadCheckpoint(registry.name)).toEqual({ cursor: { position: 7 }, position: 7 });
  });

  it('refuses the image of a store of the other form (compact against full), taking nothing', async () => {
    const full = new MemoryReadModelStore();
    await full.saveCheckpoint(registry.name, { cursor: { position: 3 }, position: 3 });
    const compact = new MemoryReadModelStore({ readStream: async () => [], readAll: async () => [] });
    expect(compact.restore(full.image())).toBe(false);
    expect(await compact.loadCheckpoint(registry.name)).toBeUndefined();
  });
});
