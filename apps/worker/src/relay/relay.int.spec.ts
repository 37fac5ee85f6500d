import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Admin, Consumer } from 'kafkajs';
import { SqliteEventStore, type RecordedEvent } from '@certflow/event-store';
import { IntegrationMapper, MAPPED_DOMAIN_TYPES } from '@certflow/messaging';
import { recordScenario, testLogger } from '@certflow/testing';
import { demoScenario, instantOf } from '../../../cli/src/demo/scenario.js';
import { loadContractValidator, type ContractValidator } from '../../../../libs/messaging/src/contract/asyncapi-validator.js';
import { writeCertificationLog } from '../../../../test/bench/rebuild-log.js';
import { startRelay, type RunningRelay } from './relay.js';
import { appendRecorded, collect, connectAdmin, cuttableNetwork, deduped, readWholeLog, idsByKey, kafkaBrokers, uniqueTopic, waitFor, type Received } from './testing/kafka-test-topic.js';

/** What the v1 topic carries: every mapped type but the pages of a cycle's results, which came with contract v2. */
const inV1 = (e: RecordedEvent) => e.type in MAPPED_DOMAIN_TYPES && e.type !== 'ResultsPagePublished';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

describe('the relay against the real broker (issue 11)', () => {
  const brokers = kafkaBrokers();
  const folder = mkdtempSync(join(tmpdir(), 'certflow-relay-'));
  const topics: string[] = [];
  const consumers: Consumer[] = [];
  const stores: SqliteEventStore[] = [];
  let admin: Admin;
  let contract: ContractValidator;

  beforeAll(async () => {
    admin = await connectAdmin(brokers);
    contract = await loadContractValidator();
  });
  afterAll(async () => {
    await Promise.all(consumers.map((c) => c.disconnect().catch(() => undefined)));
    for (const store of stores) await store.close();
    if (topics.length > 0) await admin?.deleteTopics({ topics }).catch(() => undefined);
    await admin?.disconnect();
    rmSync(folder, { recursive: true, force: true });
  });

  async function storeAt(name: string): Promise<SqliteEventStore> {
    const store = new SqliteEventStore({ filename: join(folder, `${name}.sqlite`) });
    stores.push(store);
    return store;
  }

  async function expectedFrom(store: SqliteEventStore) {
    return new IntegrationMapper(store).map(await readWholeLog(store));
  }

  describe('the demo', () => {
    const topic = uniqueTopic('demo');
    let relay: RunningRelay;
    let store: SqliteEventStore;
    let received: Received[];
    let log: RecordedEvent[];

    beforeAll(async () => {
      topics.push(topic);
      store = await storeAt('demo');
      await appendRecorded(store, recordScenario(demoScenario(), instantOf));
      // Internal events of a type outside the contract, in a platform stream and a stream of their own.
      await store.append('platform-gz-info-001', [{ type: 'InternalNoteAdded', data: { note: '内部备注' } }]);
      await store.append('scheduler-2027', [{ type: 'DeadlineNoticed', data: { year: 2027 } }]);
      log = await readWholeLog(store);
      relay = startRelay({ eventStore: store, logger: testLogger(), settings: { brokers, topic, partitions: 3, replication: 1, retentionDays: 0 } });
      await relay.subscription.caughtUp();
      const collected = await collect(brokers, topic, admin);
      consumers.push(collected.consumer);
      received = collected.received;
      const mapped = log.filter(inV1).length;
      await waitFor(`${mapped} messages on ${topic}`, () => received.length >= mapped, 60_000, () => `(got ${received.length})`);
    }, 120_000);
    afterAll(async () => relay?.stop());

    it('every public event arrives once, with the log order kept within each platform, and nothing else', async () => {
      const expected = await expectedFrom(store);
      expect(expected.length).toBe(log.filter(inV1).length);
      // No retry happened here, so no duplicate either; consumers would dedupe by id if one had.
      expect(received.map((r) => r.event.id).sort()).toEqual(expected.map((e) => e.id).sort());
      expect(idsByKey(deduped(received))).toEqual(idsByKey(expected.map((event) => ({ event }))));
      for (const { event } of received) expect(event).toEqual(expected.find((e) => e.id === event.id));
      // Each key on one partition: what keeps a platform's events in order.
      const partitions = new Map<string, Set<number>>();
      for (const r of received) partitions.set(r.event.subject, (partitions.get(r.event.subject) ?? new Set()).add(r.partition));
      for (const [key, used] of partitions) expect({ key, partitions: used.size }).toEqual({ key, partitions: 1 });
    });

    it('an event type outside the public contract is never published', () => {
      const internal = log.filter((e) => !(e.type in MAPPED_DOMAIN_TYPES)).map((e) => e.eventId);
      expect(internal.length).toBeGreaterThan(40);
      const ids = new Set(received.map((r) => r.event.id));
      for (const id of internal) expect(ids.has(id)).toBe(false);
      expect(received.map((r) => r.event.type).filter((t) => !Object.values(MAPPED_DOMAIN_TYPES).includes(t as never))).toEqual([]);
    });

    it('every message that arrived validates against asyncapi.yaml (payload, content-type header, key = subject)', () => {
      for (const r of received) expect({ id: r.event.id, problems: contract.check(r.message) }).toEqual({ id: r.event.id, problems: [] });
      for (const r of received) expect(r.message.key).toBe(r.event.subject);
    });

    it('created its topic with the configured partitions and a retention of forever (0 days)', async () => {
      const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
      expect(metadata.topics[0]!.partitions).toHaveLength(3);
      const configs = await admin.describeConfigs({ includeSynonyms: false, resources: [{ type: 2, name: topic, configNames: ['retention.ms', 'cleanup.policy'] }] });
      const entries = Object.fromEntries(configs.resources[0]!.configEntries.map((e) => [e.configName, e.configValue]));
      expect(entries).toEqual({ 'retention.ms': '-1', 'cleanup.policy': 'delete' });
    });

    it('reports no lag once caught up and the broker reachable, then the lag of events not yet relayed', async () => {
      await expect(relay.status()).resolves.toMatchObject({ topic, lag: 0, position: log.at(-1)!.globalPosition, broker: 'reachable', failures: 0 });
      await relay.stop();
      await store.append('scheduler-2027', [{ type: 'DeadlineNoticed', data: { year: 2027 } }, { type: 'DeadlineNoticed', data: { year: 2027 } }]);
      await expect(relay.status()).resolves.toMatchObject({ lag: 2, broker: 'reachable' });
    });
  });

  describe('the broker out of reach for 30 s while events are written', () => {
    it('the relay resumes by itself once it answers again, and nothing is lost', async () => {
      const topic = uniqueTopic('outage');
      topics.push(topic);
      const store = await storeAt('outage');
      const demo = recordScenario(demoScenario(), instantOf);
      const half = demo.findIndex((e) => e.type === 'RecheckOpened');
      await appendRecorded(store, demo.slice(0, half));
      const network = cuttableNetwork();
      const relay = startRelay({
        eventStore: store,
        logger: testLogger(),
        retryDelayMs: 500,
        socketFactory: network.socketFactory,
        settings: { brokers, topic, partitions: 3, replication: 1, retentionDays: 0 },
      });
      try {
        const { received, consumer } = await collect(brokers, topic, admin);
        consumers.push(consumer);
        const before = (await expectedFrom(store)).length;
        await waitFor('the first half', () => deduped(received).length >= before, 30_000);

        network.cut();
        await appendRecorded(store, demo.slice(half));
        const expected = await expectedFrom(store);
        expect(expected.length).toBeGreaterThan(before);
        await new Promise((resolve) => setTimeout(resolve, 5000));
        await expect(relay.status()).resolves.toMatchObject({ broker: 'unreachable', lag: expect.any(Number) });
        expect((await relay.status()).lag).toBeGreaterThan(0);
        expect(deduped(received).length).toBe(before);
        await new Promise((resolve) => setTimeout(resolve, 25_000));

        network.restore();
        await waitFor('every event after the outage', () => deduped(received).length >= expected.length, 60_000, () => `(${deduped(received).length}/${expected.length})`);
        const unique = deduped(received);
        expect(unique.map((r) => r.event.id).sort()).toEqual(expected.map((e) => e.id).sort());
        expect(idsByKey(unique)).toEqual(idsByKey(expected.map((event) => ({ event }))));
        await waitFor('no lag', async () => (await relay.status()).lag === 0, 10_000);
        expect((await relay.status()).failures).toBeGreaterThan(0);
      } finally {
        await relay.stop();
      }
    }, 150_000);
  });

  describe('killed with SIGKILL in the middle of a batch, then restarted', () => {
    it('consumers see every public event at least once; after dedupe, exactly the log, in order per platform', async () => {
      const topic = uniqueTopic('kill');
      topics.push(topic);
      const store = await storeAt('kill');
      await writeCertificationLog(store, { events: 6000 });
      const expected = await expectedFrom(store);
      expect(expected.length).toBeGreaterThan(1000);
      const first = startChild(store.filename, topic);
      const { received, consumer } = await collect(brokers, topic, admin);
      consumers.push(consumer);
      await waitFor('part of the log to arrive', () => received.length >= expected.length / 4, 60_000, first.output);
      first.child.kill('SIGKILL');
      await first.exited;
      const before = deduped(received).length;
      expect(before).toBeLessThan(expected.length);

      const second = startChild(store.filename, topic);
      try {
        await waitFor('every event after the restart', () => deduped(received).length >= expected.length, 90_000, () => `(${deduped(received).length}/${expected.length}) ${second.output()}`);
      } finally {
        second.child.kill('SIGTERM');
        await second.exited;
      }
      const unique = deduped(received);
      expect(unique.map((r) => r.event.id).sort()).toEqual(expected.map((e) => e.id).sort());
      expect(idsByKey(unique)).toEqual(idsByKey(expected.map((event) => ({ event }))));
    }, 240_000);
  });

  function startChild(file: string, topic: string) {
    const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'apps/worker/src/relay/testing/relay-child.ts', file, brokers.join(','), topic, '40'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += String(chunk)));
    child.stderr!.on('data', (chunk) => (output += String(chunk)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, exited, output: () => output };
  }
});
