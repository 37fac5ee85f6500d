import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { startRelay } from '@certflow/composition';
import { loadConfig } from '@certflow/config';
import { copyStore, openEventStore, PostgresEventStore, type EventStore, type SqliteEventStore } from '@certflow/event-store';
import { IntegrationMapper, toKafkaMessage, treeHeadEvent, type IntegrationEvent } from '@certflow/messaging';
import { createTestDatabase, serviceSetting, serviceUnreachable, testLogger } from '@certflow/testing';
import { runDemo } from '../demo/run-demo.js';
import { tailEvents } from './tail.js';

describe('certflow events tail (issue 11)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'certflow-tail-'));
  let store: EventStore;
  let expected: IntegrationEvent[];
  let headsOnTopic: IntegrationEvent[];

  beforeAll(async () => {
    await runDemo({ json: true, dataDir, log: () => undefined });
    store = await openEventStore({ store: 'sqlite', dataDir });
    expected = await new IntegrationMapper(store, { contract: 2 }).map(await store.readAll());
    // The log's signed tree heads go on contract v2's topic too.
    headsOnTopic = (await store.log.heads()).map(treeHeadEvent);
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function tail(env: Record<string, string>, options: { types?: string[]; idleMs: number }): Promise<IntegrationEvent[]> {
    const lines: string[] = [];
    await tailEvents(
      { fromBeginning: true, json: true, types: options.types ?? [], idleMs: options.idleMs, write: (line) => lines.push(line) },
      loadConfig({ CERTFLOW_DATA_DIR: dataDir, ...env }),
    );
    return lines.map((line) => JSON.parse(line) as IntegrationEvent);
  }

  it('without a broker, reads the store’s log through the same mapping: the demo’s public events, in log order', async () => {
    // The demo's decisions (14, two of them publications: a page of the list and its summary each) and what the scheduler told the platforms: five rechecks opened, reminders.
    const types = new Set(expected.map((e) => e.type));
    expect([...types]).toEqual(expect.arrayContaining(['platform.certified', 'platform.recheck-opened', 'platform.revoked', 'cycle.results-published', 'cycle.results-page']));
    expect(expected.filter((e) => e.type === 'platform.recheck-opened')).toHaveLength(5);
    expect(expected.filter((e) => !['platform.recheck-opened', 'deadline.reminder', 'platform.summary-overdue'].includes(e.type))).toHaveLength(16);
    await expect(tail({}, { idleMs: 500 })).resolves.toEqual(expected);
    const revoked = await tail({}, { types: ['platform.revoked', 'platform.revocation-announced'], idleMs: 500 });
    expect(revoked.map((e) => e.type)).toEqual(['platform.revocation-announced', 'platform.revoked']);
  });

  it('on PostgreSQL, follows the log through a subscription (positions commit out of order there): the same events', async () => {
    const database = await createTestDatabase();
    const copy = await PostgresEventStore.open({ connectionString: database.url });
    try {
      await copyStore(store as SqliteEventStore, copy, { sourceName: 'demo' });
      await expect(tail({ CERTFLOW_EVENT_STORE: 'postgres', DATABASE_URL: database.url }, { idleMs: 1_000 })).resolves.toEqual(expected);
    } finally {
      await copy.close();
      await database.drop();
    }
  });

  it('with KAFKA_BROKERS, consumes the relayed topic in its own group and prints each event once though it arrived twice', async () => {
    const brokers = serviceSetting('KAFKA_BROKERS').split(',');
    const topic = `certflow-test-tail-${randomUUID().slice(0, 8)}`;
    // The tail reads contract v2's topic.
    const relay = await startRelay({ eventStore: store, logger: testLogger(), settings: { brokers, topic: `${topic}-v1`, topicV2: topic, partitions: 3, replication: 1, retentionDays: 0 } });
    const kafka = new Kafka({ clientId: 'certflow-test-tail', brokers, logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    await admin.connect().catch((error: unknown) => {
      throw serviceUnreachable('KAFKA_BROKERS', brokers.join(','), error);
    });
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    try {
      await relay.subscriptionV2!.caughtUp();
      // At least once: a redelivered message, as after a relay crash between the ack and the checkpoint.
      await producer.connect();
      const again = toKafkaMessage(expected[0]!);
      await producer.send({ topic, acks: -1, messages: [{ key: again.key, value: again.value, headers: again.headers }] });
      const env = { KAFKA_BROKERS: brokers.join(','), CERTFLOW_KAFKA_TOPIC_V2: topic };
      const received = await tail(env, { idleMs: 4000 });
      const onTopic = [...expected, ...headsOnTopic];
      expect(received.map((e) => e.id).sort()).toEqual(onTopic.map((e) => e.id).sort());
      for (const event of received) expect(event).toEqual(onTopic.find((e) => e.id === event.id));
      const failed = await tail(env, { types: ['platform.recheck-failed'], idleMs: 4000 });
      expect(failed.map((e) => e.subject)).toEqual(['zg-hub-006']);
    } finally {
      await producer.disconnect();
      await relay.stop();
      await admin.deleteTopics({ topics: [topic, `${topic}-v1`] }).catch(() => undefined);
      await admin.disconnect();
    }
  }, 120_000);
});
