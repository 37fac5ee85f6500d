import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { registryEntry } from '@certflow/testing';
import type { RecordedEvent } from '@certflow/event-store';
import type { ApplicationEntry, AuditEntry, CycleResultsEntry, RegistryEntry, ReviewHistory } from '../documents.js';
import type { Projection, ReadModelDocument } from '../projection.js';
import { applicationKey, applications, auditTrail, cycleResults, publicRegistry, reviewHistory } from '../projections.js';
import { ReadModelConflictError, type ReadModelStore } from '../store.js';

export interface StoreHarness {
  open(): Promise<ReadModelStore>;
  dispose(): Promise<void>;
}

interface Thing extends ReadModelDocument {
  readonly label: string;
  readonly tags?: readonly string[];
  readonly nested?: { readonly depth: number; readonly items: readonly { readonly k: string; readonly v: number | null }[] };
}

/** A projection only for its collection: the contract writes documents directly. */
const things: Projection<Thing> = {
  name: 'contract-things',
  collection: 'contract_things',
  eventTypes: ['Thing.Happened'],
  indexes: [{ label: 1 }],
  keys: (event: RecordedEvent) => [event.streamId],
  apply: () => undefined,
};
const others: Projection<Thing> = { ...things, name: 'contract-others', collection: 'contract_others', indexes: [] };
const ALL = [things, others, publicRegistry, reviewHistory, auditTrail, cycleResults, applications] as unknown as Projection<ReadModelDocument>[];

const thing = (id: string, lastPosition: number, extra: Partial<Thing> = {}): Thing => ({ _id: id, lastPosition, label: `标签-${id}`, ...extra });


export function auditEntry(position: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  const eventId = `00000000-0000-7000-8000-${String(position).padStart(12, '0')}`;
  return {
    _id: eventId,
    lastPosition: position,
    eventId,
    position,
    streamId: 'platform-gz-001',
    streamVersion: position,
    type: 'ApplicationSubmitted',
    platformId: 'gz-001',
    cycleYear: 2027,
    county: '360702',
    actorId: 'operator-gz-001',
    role: 'applicant',
    occurredAt: new Date(Date.UTC(2027, 2, 1) + position * 3_600_000).toISOString(),
    recordedAt: new Date(Date.UTC(2027, 2, 1) + position * 3_600_000 + 5).toISOString(),
    inputs: { note: `第${position}条` },
    hash: 'a'.repeat(64),
    ...overrides,
  };
}

/**
 * The behaviour every read-model store shares. Each store's spec calls this with a harness over
 * a fresh store (for MongoDB, a database of its own).
 */
export function readModelStoreContract(name: string, makeHarness: () => Promise<StoreHarness>): void {
  describe(`${name} read-model store contract`, () => {
    let harness: StoreHarness;
    let store: ReadModelStore;

    beforeAll(async () => {
      harness = await makeHarness();
      store = await harness.open();
      await store.init(ALL);
    });
    afterAll(async () => {
      await store?.close();
      await harness?.dispose();
    });

    describe('documents', () => {
      beforeEach(async () => {
        await store.drop(things as unknown as Projection<ReadModelDocument>);
        await store.drop(others as unknown as Projection<ReadModelDocument>);
      });

      it('writes documents and loads them back as they were, absent keys left out', async () => {
        const rich = thing('t-1', 3, { tags: ['赣州', 'x'], nested: { depth: 2, items: [{ k: '键', v: 1.5 }, { k: 'n', v: null }] } });
        await store.write(things.collection, [
          { key: 't-1', change: { put: rich } },
          { key: 't-2', change: { put: thing('t-2', 4) } },
        ]);
        const loaded = await store.load<Thing>(things.collection, ['t-1', 't-2', 'missing']);
        expect([...loaded.keys()].sort()).toEqual(['t-1', 't-2']);
        expect(loaded.get('t-1')).toEqual(rich);
        expect(loaded.get('t-2')).toEqual(thing('t-2', 4));
        expect(await store.load(others.collection, ['t-1'])).toEqual(new Map());
      });

      it('treats a field that is undefined as absent', async () => {
        await store.write(things.collection, [{ key: 'u', change: { put: { ...thing('u', 1), tags: undefined } } }]);
        const loaded = (await store.load<Thing>(things.collection, ['u'])).get('u')!;
        expect(loaded).toEqual(thing('u', 1));
        expect(loaded.tags ?? null).toBeNull();
      });

      it('applies changes in order: a later change to a key wins, a delete removes', async () => {
        await store.write(things.collection, [
          { key: 'a', change: { put: thing('a', 1) } },
          { key: 'b', change: { put: thing('b', 1) } },
        ]);
        await store.write(things.collection, [
          { key: 'a', change: { put: thing('a', 2, { label: 'first' }) } },
          { key: 'a', change: { put: thing('a', 3, { label: 'second' }) } },
          { key: 'b', change: { delete: true } },
          { key: 'c', change: { put: thing('c', 3) } },
          { key: 'c', change: { delete: true } },
        ]);
        const loaded = await store.load<Thing>(things.collection, ['a', 'b', 'c']);
        expect([...loaded.keys()]).toEqual(['a']);
        expect(loaded.get('a')).toMatchObject({ lastPosition: 3, label: 'second' });
      });

      it('writes conditionally: over the document as read, or refuses with the keys that changed', async () => {
        await store.write(things.collection, [{ key: 'k', change: { put: thing('k', 5) }, expected: null }]);
        await store.write(things.collection, [{ key: 'k', change: { put: thing('k', 6) }, expected: 5 }]);
        const stale = store.write(things.collection, [{ key: 'k', change: { put: thing('k', 7) }, expected: 5 }]);
        await expect(stale).rejects.toBeInstanceOf(ReadModelConflictError);
        await expect(stale).rejects.toMatchObject({ code: 'read-models.conflict', collection: things.collection, keys: ['k'] });
        const duplicate = store.write(things.collection, [{ key: 'k', change: { put: thing('k', 8) }, expected: null }]);
        await expect(duplicate).rejects.toMatchObject({ keys: ['k'] });
        await expect(store.write(things.collection, [{ key: 'k', change: { delete: true }, expected: 4 }])).rejects.toBeInstanceOf(
          ReadModelConflictError,
        );
        expect((await store.load<Thing>(things.collection, ['k'])).get('k')?.lastPosition).toBe(6);
        await store.write(things.collection, [{ key: 'k', change: { delete: true }, expected: 6 }]);
        expect(await store.load(things.collection, ['k'])).toEqual(new Map());
      });

      it('checks a key changed twice in one batch against what its first change was computed from', async () => {
        await store.write(things.collection, [
          { key: 'twice', change: { put: thing('twice', 1) }, expected: null },
          { key: 'twice', change: { put: thing('twice', 2) }, expected: 1 },
        ]);
        expect((await store.load<Thing>(things.collection, ['twice'])).get('twice')?.lastPosition).toBe(2);
      });

      it('writes many documents in one call', async () => {
        const many = Array.from({ length: 2_500 }, (_, i) => thing(`m-${i}`, i + 1));
        await store.write(
          things.collection,
          many.map((document) => ({ key: document._id, change: { put: document }, expected: null })),
        );
        const loaded = await store.load<Thing>(things.collection, many.map((d) => d._id));
        expect(loaded.size).toBe(2_500);
        expect(loaded.get('m-2499')).toEqual(many[2499]);
      });

      it('drops one projection: its documents and checkpoint go, the others stay', async () => {
        await store.write(things.collection, [{ key: 'x', change: { put: thing('x', 1) } }]);
        await store.write(others.collection, [{ key: 'y', change: { put: thing('y', 1) } }]);
        await store.saveCheckpoint(things.name, { cursor: { position: 1 }, position: 1 });
        await store.saveCheckpoint(others.name, { cursor: { position: 1 }, position: 1 });
        await store.drop(things as unknown as Projection<ReadModelDocument>);
        expect(await store.load(things.collection, ['x'])).toEqual(new Map());
        expect(await store.loadCheckpoint(things.name)).toBeUndefined();
        expect((await store.load(others.collection, ['y'])).size).toBe(1);
        expect(await store.loadCheckpoint(others.name)).toEqual({ cursor: { position: 1 }, position: 1 });
        await store.write(things.collection, [{ key: 'x', change: { put: thing('x', 2) }, expected: null }]);
        expect((await store.load(things.collection, ['x'])).size).toBe(1);
      });
    });

    describe('checkpoints', () => {
      it('keeps one checkpoint per projection, with its cursor as given', async () => {
        expect(await store.loadCheckpoint('nobody')).toBeUndefined();
        await store.saveCheckpoint('cp-a', { cursor: { position: 10 }, position: 9 });
        await store.saveCheckpoint('cp-b', { cursor: { position: 20, transactionId: '123456789012' }, position: 20 });
        await store.saveCheckpoint('cp-a', { cursor: { position: 15 }, position: 15 });
        expect(await store.loadCheckpoint('cp-a')).toEqual({ cursor: { position: 15 }, position: 15 });
        expect(await store.loadCheckpoint('cp-b')).toEqual({ cursor: { position: 20, transactionId: '123456789012' }, position: 20 });
      });

      it('keeps the state of a rebuild in several passes', async () => {
        const checkpoint = { cursor: { position: 0 }, position: 500, rebuild: { done: 0.25, end: { position: 500 } } };
        await store.saveCheckpoint('cp-rebuild', checkpoint);
        expect(await store.loadCheckpoint('cp-rebuild')).toEqual(checkpoint);
        await store.saveCheckpoint('cp-rebuild', { cursor: { position: 500 }, position: 500 });
        expect(await store.loadCheckpoint('cp-rebuild')).toEqual({ cursor: { position: 500 }, position: 500 });
      });
    });

    describe('public registry search', () => {
      const entries: RegistryEntry[] = [
        registryEntry('gz-003', '赣州市信息服务平台', { categories: ['information', 'training'] }),
        registryEntry('gz-001', '赣州市信息服务平台', { county: '360781', countyName: '瑞金市' }),
        registryEntry('nk-002', '南康区家具产业技术服务平台', { categories: ['technology'], county: '360703', countyName: '南康区', certifiedIn: 2028 }),
        registryEntry('rj-004', '瑞金市创业孵化服务平台', { categories: ['entrepreneurship'], status: 'under-recheck' }),
        registryEntry('yd-005', '于都县（试点）培训服务平台.v2', { categories: ['training'], status: 'revoked', revokedOn: '2030-07-01' }),
        registryEntry('ap-006', '正在申报的平台', { listed: false, status: 'applying' }),
        registryEntry('ab-007', 'Alpha 平台', { operator: { name: '赣州*星号*公司', creditCode: '91360702MA35DEMO0X' } }),
      ];

      beforeAll(async () => {
        await store.drop(publicRegistry as unknown as Projection<ReadModelDocument>);
        await store.write(
          publicRegistry.collection,
          entries.map((entry) => ({ key: entry._id, change: { put: entry } })),
        );
      });

      const ids = (page: { items: readonly RegistryEntry[] }) => page.items.map((e) => e.platformId);

      it('lists only listed platforms, by name then platform id (code-point order)', async () => {
        const page = await store.searchRegistry({ page: 1, pageSize: 50 });
        expect(ids(page)).toEqual(['ab-007', 'yd-005', 'nk-002', 'rj-004', 'gz-001', 'gz-003']);
        expect(page).toMatchObject({ total: 6, page: 1, pageSize: 50 });
        expect(page.items.find((e) => e.platformId === 'gz-003')).toEqual(entries[0]);
      });

      it('matches Chinese text literally in the platform name or the operator name', async () => {
        expect(ids(await store.searchRegistry({ text: '信息服务', page: 1, pageSize: 10 }))).toEqual(['gz-001', 'gz-003']);
        expect(ids(await store.searchRegistry({ text: '家具产业技术', page: 1, pageSize: 10 }))).toEqual(['nk-002']);
        expect(ids(await store.searchRegistry({ text: '孵化服务平台运营', page: 1, pageSize: 10 }))).toEqual(['rj-004']);
        expect(ids(await store.searchRegistry({ text: '（试点）', page: 1, pageSize: 10 }))).toEqual(['yd-005']);
        expect(ids(await store.searchRegistry({ text: '平台.v2', page: 1, pageSize: 10 }))).toEqual(['yd-005']);
        expect(ids(await store.searchRegistry({ text: '平台.v', page: 1, pageSize: 10 }))).toEqual(['yd-005']);
        expect(ids(await store.searchRegistry({ text: '平台xv', page: 1, pageSize: 10 }))).toEqual([]);
        expect(ids(await store.searchRegistry({ text: '*星号*', page: 1, pageSize: 10 }))).toEqual(['ab-007']);
        expect(ids(await store.searchRegistry({ text: '正在申报', page: 1, pageSize: 10 }))).toEqual([]);
        expect((await store.searchRegistry({ text: '不存在的名称', page: 1, pageSize: 10 })).total).toBe(0);
      });

      it('filters by county, category, status and certification year, together with text', async () => {
        expect(ids(await store.searchRegistry({ county: '360781', page: 1, pageSize: 10 }))).toEqual(['gz-001']);
        expect(ids(await store.searchRegistry({ category: 'training', page: 1, pageSize: 10 }))).toEqual(['yd-005', 'gz-003']);
        expect(ids(await store.searchRegistry({ status: 'under-recheck', page: 1, pageSize: 10 }))).toEqual(['rj-004']);
        expect(ids(await store.searchRegistry({ year: 2028, page: 1, pageSize: 10 }))).toEqual(['nk-002']);
        expect(ids(await store.searchRegistry({ text: '信息', category: 'training', county: '360702', page: 1, pageSize: 10 }))).toEqual([
          'gz-003',
        ]);
        expect(ids(await store.searchRegistry({ status: 'revoked', year: 2028, page: 1, pageSize: 10 }))).toEqual([]);
      });

      it('pages: size 1 walks the list, a page past the end is empty but keeps the total', async () => {
        const all = ids(await store.searchRegistry({ page: 1, pageSize: 50 }));
        const walked: string[] = [];
        for (let page = 1; page <= all.length; page += 1) {
          const result = await store.searchRegistry({ page, pageSize: 1 });
          expect(result).toMatchObject({ total: all.length, page, pageSize: 1 });
          walked.push(...ids(result));
        }
        expect(walked).toEqual(all);
        expect(await store.searchRegistry({ page: 3, pageSize: 4 })).toMatchObject({ items: [], total: 6, page: 3, pageSize: 4 });
        const last = await store.searchRegistry({ page: 2, pageSize: 4 });
        expect(ids(last)).toEqual(all.slice(4));
        expect(await store.searchRegistry({ text: '信息', page: 2, pageSize: 1 })).toMatchObject({ total: 2 });
      });
    });

    describe('public registry search folds width, case, punctuation and spaces, and matches every term', () => {
      const operator = (name: string) => ({ name, creditCode: '91360702MA35DEMO0X' });
      const entries: RegistryEntry[] = [
        registryEntry('sd-001', '章贡区（水东）中小企业公共服务平台', { operator: operator('ＡＢＣ Tech 水东科技有限公司') }),
        registryEntry('rj-002', '瑞金市中小企业服务平台', { operator: operator('瑞金市·创业服务中心') }),
        registryEntry('cp-003', 'C++开发者服务平台', { operator: operator('赣州$美元^科技有限公司') }),
        registryEntry('ap-004', '章贡区（水东）正在申报平台', { listed: false, status: 'applying' }),
      ];
      const find = async (text: string) => (await store.searchRegistry({ text, page: 1, pageSize: 10 })).items.map((e) => e.platformId);

      beforeAll(async () => {
        await store.drop(publicRegistry as unknown as Projection<ReadModelDocument>);
        await store.write(publicRegistry.collection, entries.map((entry) => ({ key: entry._id, change: { put: entry } })));
      });

      it('half-width brackets find full-width ones, and brackets may be left out', async () => {
        expect(await find('区(水东)中小')).toEqual(['sd-001']);
        expect(await find('水东中小企业')).toEqual(['sd-001']);
        expect(await find('章贡区（水东）中小企业公共服务平台')).toEqual(['sd-001']);
      });

      it('every term of a multi-term query must occur (in the name or the operator), separated by any space', async () => {
        expect(await find('章贡区 中小企业')).toEqual(['sd-001']);
        expect(await find('章贡区　服务平台')).toEqual(['sd-001']);
        expect(await find('中小企业 服务平台')).toEqual(['rj-002', 'sd-001']);
        expect(await find('章贡区 瑞金')).toEqual([]);
        expect(await find('章贡区 tech')).toEqual(['sd-001']);
      });

      it('Latin letters match in any case and width; spaces and punctuation inside names are ignored', async () => {
        expect(await find('abc')).toEqual(['sd-001']);
        expect(await find('TECH')).toEqual(['sd-001']);
        expect(await find('ａｂｃtech')).toEqual(['sd-001']);
        expect(await find('瑞金市创业')).toEqual(['rj-002']);
      });

      it('no term matches across the platform name and the operator name', async () => {
        expect(await find('平台abc')).toEqual([]);
      });

      it('symbols are kept and matched literally, never as a pattern', async () => {
        expect(await find('c++')).toEqual(['cp-003']);
        expect(await find('$美元^')).toEqual(['cp-003']);
        expect(await find('元^科')).toEqual(['cp-003']);
        expect(await find('c+++')).toEqual([]);
      });

      it('a query of nothing but punctuation and spaces filters nothing; unlisted platforms stay hidden', async () => {
        expect(await find('（） 、')).toEqual(['cp-003', 'rj-002', 'sd-001']);
        expect(await find('正在申报')).toEqual([]);
      });

      it('answers and loads the documents as written, without the store\'s search key', async () => {
        const page = await store.searchRegistry({ text: '水东', page: 1, pageSize: 10 });
        expect(page.items).toEqual([entries[0]]);
        expect((await store.load<RegistryEntry>(publicRegistry.collection, ['sd-001'])).get('sd-001')).toEqual(entries[0]);
      });
    });

    describe('review history', () => {
      it('finds a platform history by platform id', async () => {
        const history: ReviewHistory = {
          _id: 'gz-001',
          lastPosition: 7,
          platformId: 'gz-001',
          name: '赣州市信息服务平台',
          county: '360702',
          applications: [],
          summaries: [{ year: 2027, submittedOn: '2028-01-20', summary: { name: '总结.pdf', sha256: 'b'.repeat(64), sizeBytes: 1, mediaType: 'application/pdf', location: 'docs://x' } }],
          rechecks: [],
        };
        await store.write(reviewHistory.collection, [{ key: history._id, change: { put: history } }]);
        expect(await store.reviewHistory('gz-001')).toEqual(history);
        expect(await store.reviewHistory('nobody')).toBeUndefined();
      });
    });

    describe('audit trail search', () => {
      const trail: AuditEntry[] = [
        auditEntry(5),
        auditEntry(2, { type: 'PlatformRecommended', actorId: 'county-360702-officer', role: 'county', actorCounty: '360702' }),
        auditEntry(9, { platformId: 'rj-004', streamId: 'platform-rj-004', county: '360781', type: 'PlatformCertified', actorId: 'city-wang', role: 'city', cycleYear: 2029 }),
        auditEntry(7, { platformId: 'rj-004', streamId: 'platform-rj-004', county: '360781' }),
        auditEntry(1, { type: 'CycleOpened', streamId: 'cycle-2027', actorId: 'city-wang', role: 'city', platformId: undefined, county: undefined }),
      ];

      beforeAll(async () => {
        await store.drop(auditTrail as unknown as Projection<ReadModelDocument>);
        await store.write(
          auditTrail.collection,
          trail.map((entry) => ({ key: entry._id, change: { put: entry } })),
        );
      });

      const positions = (page: { items: readonly AuditEntry[] }) => page.items.map((e) => e.position);

      it('lists decisions in log order', async () => {
        const page = await store.searchAudit({ page: 1, pageSize: 10 });
        expect(positions(page)).toEqual([1, 2, 5, 7, 9]);
        expect(page.total).toBe(5);
        expect(page.items[0]).toEqual(trail[4]);
      });

      it('filters by platform, actor, county and type', async () => {
        expect(positions(await store.searchAudit({ platformId: 'rj-004', page: 1, pageSize: 10 }))).toEqual([7, 9]);
        expect(positions(await store.searchAudit({ actorId: 'city-wang', page: 1, pageSize: 10 }))).toEqual([1, 9]);
        expect(positions(await store.searchAudit({ county: '360702', page: 1, pageSize: 10 }))).toEqual([2, 5]);
        expect(positions(await store.searchAudit({ type: 'ApplicationSubmitted', page: 1, pageSize: 10 }))).toEqual([5, 7]);
        expect(positions(await store.searchAudit({ type: 'ApplicationSubmitted', county: '360781', page: 1, pageSize: 10 }))).toEqual([7]);
      });

      it('filters by decision time, both bounds inclusive, in any ISO 8601 offset', async () => {
        const at = (position: number) => auditEntry(position).occurredAt;
        expect(positions(await store.searchAudit({ from: at(2), to: at(7), page: 1, pageSize: 10 }))).toEqual([2, 5, 7]);
        expect(positions(await store.searchAudit({ from: at(7), page: 1, pageSize: 10 }))).toEqual([7, 9]);
        const shanghai = new Date(Date.parse(at(5)) + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
        expect(positions(await store.searchAudit({ to: shanghai, page: 1, pageSize: 10 }))).toEqual([1, 2, 5]);
      });

      it('filters by recorded time apart from business time, both bounds inclusive', async () => {
        const recorded = (position: number) => auditEntry(position).recordedAt;
        expect(positions(await store.searchAudit({ recordedFrom: recorded(2), recordedTo: recorded(7), page: 1, pageSize: 10 }))).toEqual([2, 5, 7]);
        // The business time of entry 2 is 5 ms before its recorded time: a business bound there misses it.
        expect(positions(await store.searchAudit({ from: recorded(2), to: recorded(7), page: 1, pageSize: 10 }))).toEqual([5, 7]);
        const justBefore = new Date(Date.parse(recorded(7)) - 1).toISOString();
        expect(positions(await store.searchAudit({ recordedTo: justBefore, page: 1, pageSize: 10 }))).toEqual([1, 2, 5]);
        const shanghai = new Date(Date.parse(recorded(5)) + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
        expect(positions(await store.searchAudit({ recordedFrom: shanghai, page: 1, pageSize: 10 }))).toEqual([5, 7, 9]);
      });

      it('pages, with the total of all matches', async () => {
        expect(await store.searchAudit({ page: 2, pageSize: 2 })).toMatchObject({ total: 5, page: 2, pageSize: 2 });
        expect(positions(await store.searchAudit({ page: 2, pageSize: 2 }))).toEqual([5, 7]);
        expect(positions(await store.searchAudit({ page: 3, pageSize: 2 }))).toEqual([9]);
        expect(await store.searchAudit({ page: 4, pageSize: 2 })).toMatchObject({ items: [], total: 5 });
        expect(positions(await store.searchAudit({ platformId: 'rj-004', page: 2, pageSize: 1 }))).toEqual([9]);
      });

      it('streams every match in log order, without paging (exports), by scope and cycle year', async () => {
        const streamed = async (filter: Parameters<typeof store.streamAudit>[0]) => {
          const out: number[] = [];
          for await (const entry of store.streamAudit(filter)) out.push(entry.position);
          return out;
        };
        expect(await streamed({})).toEqual([1, 2, 5, 7, 9]);
        expect(await streamed({ platformId: 'rj-004' })).toEqual([7, 9]);
        expect(await streamed({ county: '360702' })).toEqual([2, 5]);
        expect(await streamed({ cycleYear: 2027 })).toEqual([1, 2, 5, 7]);
        expect(await streamed({ cycleYear: 2029, county: '360781' })).toEqual([9]);
        expect(await streamed({ cycleYear: 2028 })).toEqual([]);
        const [first] = await (async () => {
          const all: AuditEntry[] = [];
          for await (const entry of store.streamAudit({ platformId: 'gz-001', type: 'ApplicationSubmitted' })) all.push(entry);
          return all;
        })();
        expect(first).toEqual(trail[0]);
      });
    });

    describe('cycle decisions (Art. 13)', () => {
      beforeEach(async () => {
        await store.drop(cycleResults as unknown as Projection<ReadModelDocument>);
        const entry = (platformId: string, name: string | undefined, decisions: CycleResultsEntry['decisions']): CycleResultsEntry => ({
          _id: platformId,
          lastPosition: 10,
          platformId,
          ...(name !== undefined ? { name } : {}),
          years: decisions.map((d) => d.year),
          decisions,
        });
        await store.write(cycleResults.collection, [
          { key: 'zz-9', change: { put: entry('zz-9', '最后的平台', [{ year: 2027, outcome: 'certified' }]) } },
          { key: 'aa-1', change: { put: entry('aa-1', '第一个平台', [{ year: 2027, outcome: 'certified' }, { year: 2029, outcome: 'revoked' }]) } },
          { key: 'Bb-2', change: { put: entry('Bb-2', '大写开头的平台', [{ year: 2027, outcome: 'certified' }]) } },
          { key: 'mm-5', change: { put: entry('mm-5', '被撤销的平台', [{ year: 2027, outcome: 'revoked' }]) } },
          { key: 'no-name', change: { put: entry('no-name', undefined, [{ year: 2027, outcome: 'certified' }]) } },
          { key: 'nn-0', change: { put: entry('nn-0', '未决定的平台', []) } },
        ]);
      });

      it("lists a year's certified and revoked platforms in code-unit order of their id, leaving out other years and platforms without a name", async () => {
        expect(await store.cycleDecisions(2027)).toEqual({
          certified: [
            { platformId: 'Bb-2', name: '大写开头的平台' },
            { platformId: 'aa-1', name: '第一个平台' },
            { platformId: 'zz-9', name: '最后的平台' },
          ],
          revoked: [{ platformId: 'mm-5', name: '被撤销的平台' }],
        });
        expect(await store.cycleDecisions(2029)).toEqual({ certified: [], revoked: [{ platformId: 'aa-1', name: '第一个平台' }] });
        expect(await store.cycleDecisions(2028)).toEqual({ certified: [], revoked: [] });
      });
    });

    describe('applications of a cycle (Arts. 8-11)', () => {
      const entry = (platformId: string, county: string, cycleYear: number, last: ApplicationEntry['last'], position: number): ApplicationEntry => ({
        _id: applicationKey(cycleYear, platformId),
        lastPosition: position,
        platformId,
        county,
        cycleYear,
        last,
        position,
      });
      const written = [
        entry('zz-9', '360702', 2027, 'PlatformCertified', 40),
        entry('aa-1', '360781', 2027, 'PlatformRecommended', 12),
        entry('aa-1', '360781', 2029, 'ApplicationSubmitted', 55),
        entry('mm-5', '360702', 2027, 'ApplicationWithdrawn', 7),
        entry('nn-0', '360703', 2027, 'ApplicationReturnedForCorrection', 30),
      ];

      beforeAll(async () => {
        await store.drop(applications as unknown as Projection<ReadModelDocument>);
        await store.write(applications.collection, written.map((e) => ({ key: e._id, change: { put: e } })));
      });

      const summary = (found: readonly ApplicationEntry[]) => found.map((e) => `${e.platformId}@${e.position}`);

      it("lists a cycle's applications in the order of their latest decision, other cycles left out", async () => {
        expect(summary(await store.applications(2027))).toEqual(['mm-5@7', 'aa-1@12', 'nn-0@30', 'zz-9@40']);
        expect(summary(await store.applications(2029))).toEqual(['aa-1@55']);
        expect(await store.applications(2028)).toEqual([]);
        expect((await store.applications(2027))[1]).toEqual(written[1]);
      });

      it("gives a county its own platforms only (Art. 8)", async () => {
        expect(summary(await store.applications(2027, '360702'))).toEqual(['mm-5@7', 'zz-9@40']);
        expect(summary(await store.applications(2027, '360781'))).toEqual(['aa-1@12']);
        expect(await store.applications(2027, '360799')).toEqual([]);
      });
    });
  });
}
