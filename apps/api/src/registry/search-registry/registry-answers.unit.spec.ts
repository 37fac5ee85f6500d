import { beforeEach, describe, expect, it } from '@jest/globals';
import {
  MemoryReadModelStore,
  publicRegistry,
  type Page,
  type Projection,
  type ReadModelDocument,
  type RegistryEntry,
  type RegistryQuery,
} from '@certflow/read-models';
import { registryEntry } from '@certflow/testing';
import { RegistryAnswers, SharedReads } from './registry-answers.js';

const entry = (platformId: string, name: string, lastPosition: number): RegistryEntry => registryEntry(platformId, name, { lastPosition });

const FIRST: RegistryQuery = { page: 1, pageSize: 20 };

describe('RegistryAnswers', () => {
  let store: MemoryReadModelStore;
  let searches: number;

  const write = (...entries: RegistryEntry[]) =>
    store.write(
      publicRegistry.collection,
      entries.map((document) => ({ key: document._id, change: { put: document } })),
    );
  const checkpoint = (position: number, extra: { transactionId?: string; rebuild?: boolean } = {}) =>
    store.saveCheckpoint(publicRegistry.name, {
      cursor: { position, ...(extra.transactionId ? { transactionId: extra.transactionId } : {}) },
      position,
      ...(extra.rebuild ? { rebuild: { done: 0.5, end: { position } } } : {}),
    });
  const names = (body: Buffer) => (JSON.parse(body.toString('utf8')) as Page<RegistryEntry>).items.map((e) => e.name);

  beforeEach(async () => {
    store = new MemoryReadModelStore();
    await store.init([publicRegistry as unknown as Projection<ReadModelDocument>]);
    searches = 0;
    const search = store.searchRegistry.bind(store);
    store.searchRegistry = (query) => {
      searches += 1;
      return search(query);
    };
    await write(entry('a', '安远县平台', 10));
    await checkpoint(10);
  });

  it('serves a page again, the same bytes, while the checkpoint cursor stays', async () => {
    const answers = new RegistryAnswers();
    const first = await answers.answer(store, FIRST);
    const again = await answers.answer(store, FIRST);
    expect(again.body).toBe(first.body);
    expect(again.etag).toBe(first.etag);
    expect(searches).toBe(1);
    expect(JSON.parse(first.body.toString('utf8'))).toEqual(await store.searchRegistry(FIRST));
  });

  it('keys answers by the in-process projector generation when there is one, without reading the checkpoint', async () => {
    const answers = new RegistryAnswers();
    let reads = 0;
    const load = store.loadCheckpoint.bind(store);
    store.loadCheckpoint = (name) => {
      reads += 1;
      return load(name);
    };
    let generation: number | undefined = 1;
    const generations = () => generation;
    expect(names((await answers.answer(store, FIRST, generations)).body)).toEqual(['安远县平台']);
    await write(entry('b', '宁都县平台', 11));
    // Same generation: the kept page.
    expect(names((await answers.answer(store, FIRST, generations)).body)).toEqual(['安远县平台']);
    generation = 2;
    expect(names((await answers.answer(store, FIRST, generations)).body)).toEqual(['宁都县平台', '安远县平台']);
    expect(searches).toBe(2);
    // Unknown (rebuilding): every request goes to the store.
    generation = undefined;
    await answers.answer(store, FIRST, generations);
    await answers.answer(store, FIRST, generations);
    expect(searches).toBe(4);
    expect(reads).toBe(0);
  });

  it('keeps one answer per query', async () => {
    const answers = new RegistryAnswers();
    await answers.answer(store, FIRST);
    await answers.answer(store, { ...FIRST, county: '360781' });
    await answers.answer(store, { ...FIRST, page: 2 });
    await answers.answer(store, { ...FIRST, county: '360781' });
    expect(searches).toBe(3);
    expect(answers.size).toBe(3);
  });

  it('answers what the projector wrote once its checkpoint moved past it', async () => {
    const answers = new RegistryAnswers();
    const before = await answers.answer(store, FIRST);
    await write(entry('b', '瑞金市平台', 11));
    await checkpoint(11);
    const after = await answers.answer(store, FIRST);
    expect(names(before.body)).toEqual(['安远县平台']);
    expect(names(after.body)).toEqual(['安远县平台', '瑞金市平台']);
    expect(after.etag).not.toBe(before.etag);
  });

  it('follows the cursor, not the position a rebuild records before writing the documents it announces', async () => {
    const answers = new RegistryAnswers();
    await answers.answer(store, FIRST);
    await store.saveCheckpoint(publicRegistry.name, { cursor: { position: 10 }, position: 11 });
    expect(names((await answers.answer(store, FIRST)).body)).toEqual(['安远县平台']);
    await write(entry('b', '瑞金市平台', 11));
    await checkpoint(11);
    expect(names((await answers.answer(store, FIRST)).body)).toEqual(['安远县平台', '瑞金市平台']);
  });

  it('tells PostgreSQL cursors apart by their transaction id, at the same position', async () => {
    const answers = new RegistryAnswers();
    await checkpoint(10, { transactionId: '100' });
    await answers.answer(store, FIRST);
    await write(entry('b', '瑞金市平台', 10));
    await checkpoint(10, { transactionId: '101' });
    expect(names((await answers.answer(store, FIRST)).body)).toEqual(['安远县平台', '瑞金市平台']);
  });

  it('keeps nothing without a checkpoint, or while a rebuild marks the documents incomplete', async () => {
    const answers = new RegistryAnswers();
    await store.drop(publicRegistry as unknown as Projection<ReadModelDocument>);
    await write(entry('a', '安远县平台', 10));
    expect(names((await answers.answer(store, FIRST)).body)).toEqual(['安远县平台']);
    await write(entry('b', '瑞金市平台', 11));
    expect(names((await answers.answer(store, FIRST)).body)).toEqual(['安远县平台', '瑞金市平台']);
    await checkpoint(11, { rebuild: true });
    await answers.answer(store, FIRST);
    await write(entry('c', '章贡区平台', 12));
    expect(names((await answers.answer(store, FIRST)).body)).toEqual(['安远县平台', '瑞金市平台', '章贡区平台']);
    expect(answers.size).toBe(0);
  });

  it('does not keep a page computed while another request saw the cursor move', async () => {
    const answers = new RegistryAnswers();
    const search = store.searchRegistry;
    let moved = false;
    store.searchRegistry = async (query) => {
      const page = await search(query);
      if (!moved) {
        moved = true;
        await write(entry('b', '瑞金市平台', 11));
        await checkpoint(11);
        await answers.answer(store, { ...FIRST, county: '360702' });
      }
      return page;
    };
    await answers.answer(store, FIRST);
    expect(names((await answers.answer(store, FIRST)).body)).toEqual(['安远县平台', '瑞金市平台']);
  });

  /** Holds the store's queries until the test lets them go, `fail` deciding how they end. */
  function gatedSearch(fail = false) {
    const search = store.searchRegistry;
    const gates: (() => void)[] = [];
    store.searchRegistry = async (query) => {
      await new Promise<void>((resolve) => gates.push(resolve));
      if (fail) {
        searches += 1;
        throw new Error('server gone');
      }
      return search(query);
    };
    return { gates, restore: () => (store.searchRegistry = search) };
  }
  const until = async (condition: () => boolean) => {
    while (!condition()) await new Promise((resolve) => setImmediate(resolve));
  };

  it('shares one store query among callers that ask the same thing at the same cursor', async () => {
    const answers = new RegistryAnswers();
    const { gates } = gatedSearch();
    const one = answers.answer(store, FIRST);
    await until(() => gates.length === 1);
    const two = answers.answer(store, FIRST);
    await new Promise((resolve) => setImmediate(resolve));
    gates.forEach((open) => open());
    expect((await two).body).toBe((await one).body);
    expect(searches).toBe(1);
  });

  it('hands a failed store query to every caller that shared it, and asks again the next time', async () => {
    const answers = new RegistryAnswers();
    const { gates, restore } = gatedSearch(true);
    const one = answers.answer(store, FIRST);
    await until(() => gates.length === 1);
    const two = answers.answer(store, FIRST);
    await new Promise((resolve) => setImmediate(resolve));
    gates.forEach((open) => open());
    await expect(one).rejects.toThrow('server gone');
    await expect(two).rejects.toThrow('server gone');
    expect(searches).toBe(1);
    restore();
    expect(names((await answers.answer(store, FIRST)).body)).toEqual(['安远县平台']);
  });

  it('forgets the least recently asked answers past its budget', async () => {
    const size = (await new RegistryAnswers().answer(store, FIRST)).body.length;
    const answers = new RegistryAnswers({ budgetBytes: size * 2 + size / 2 });
    await answers.answer(store, FIRST);
    await answers.answer(store, { ...FIRST, pageSize: 21 });
    await answers.answer(store, FIRST);
    await answers.answer(store, { ...FIRST, pageSize: 22 });
    expect(answers.size).toBe(2);
    searches = 0;
    await answers.answer(store, FIRST);
    expect(searches).toBe(0);
    await answers.answer(store, { ...FIRST, pageSize: 21 });
    expect(searches).toBe(1);
  });

  it('asks the store again once an answer is older than its longest life', async () => {
    // Not 0: lru-cache reads a start time of 0 as "no expiry".
    let now = 5_000;
    const answers = new RegistryAnswers({ maxAgeMs: 1_000, now: () => now });
    await answers.answer(store, FIRST);
    now = 6_000;
    await answers.answer(store, FIRST);
    expect(searches).toBe(1);
    now = 6_001;
    await answers.answer(store, FIRST);
    expect(searches).toBe(2);
  });
});

describe('SharedReads', () => {
  /** A load per call, settled by the test, answering what `value` was when it began. */
  function loads() {
    const started: { resolve: () => void; reject: (error: Error) => void }[] = [];
    const state = { value: 0 };
    const load = () =>
      new Promise<number>((resolve, reject) => {
        const value = state.value;
        started.push({ resolve: () => resolve(value), reject });
      });
    return { started, state, load };
  }
  const tick = () => new Promise((resolve) => setImmediate(resolve));

  it('gives the callers that arrive during a read one read of their own, begun after they arrived', async () => {
    const { started, state, load } = loads();
    const reads = new SharedReads(load);
    state.value = 1;
    const first = reads.read();
    state.value = 2;
    const later = [reads.read(), reads.read(), reads.read()];
    expect(started).toHaveLength(1);
    started[0]!.resolve();
    expect(await first).toBe(1);
    await tick();
    expect(started).toHaveLength(2);
    started[1]!.resolve();
    expect(await Promise.all(later)).toEqual([2, 2, 2]);
  });

  it('starts afresh once nothing is under way, and a failed read fails only its own callers', async () => {
    const { started, load } = loads();
    const reads = new SharedReads(load);
    const failing = reads.read();
    const queued = reads.read();
    started[0]!.reject(new Error('server gone'));
    await expect(failing).rejects.toThrow('server gone');
    await tick();
    started[1]!.resolve();
    expect(await queued).toBe(0);
    const next = reads.read();
    expect(started).toHaveLength(3);
    started[2]!.resolve();
    expect(await next).toBe(0);
  });
});
