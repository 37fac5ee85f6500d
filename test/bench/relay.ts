import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { relayCheckpointName, startRelay } from '@certflow/composition';
import { platformStreamId } from '@certflow/domain';
import { SqliteEventStore, type NewEvent } from '@certflow/event-store';
import { IntegrationMapper, kafkaClient, toKafkaMessage, type OutgoingMessage } from '@certflow/messaging';
import { application, PLATFORMS } from '../../apps/cli/src/demo/scenario.js';
import { benchLogger, benchSetting } from './settings.js';

/**
 * Relay throughput: events/s from the log to an acknowledged publish (read, map, validate, send,
 * wait for acks=all, checkpoint), against a bare kafkajs producer sending the same messages, with
 * the same acks, idempotence, one request in flight and batch size, to a topic of the same shape,
 * measured in the same run. The log is public events almost only (one application per platform,
 * then its certification and rechecks), so both sides send the same number of messages.
 */
const PLATFORM_COUNT = Number(process.env.BENCH_RELAY_PLATFORMS ?? 500);
const DECISIONS_PER_PLATFORM = Number(process.env.BENCH_RELAY_DECISIONS ?? 20);
const BATCH = 256;
const PARTITIONS = 6;

export async function relayBench(options: { json: boolean; log: (line: string) => void }): Promise<void> {
  const brokers = benchSetting('KAFKA_BROKERS').split(',');
  const folder = mkdtempSync(join(tmpdir(), 'certflow-bench-relay-'));
  const logger = benchLogger(folder);
  const store = new SqliteEventStore({ filename: join(folder, 'events.sqlite') });
  const kafka = kafkaClient(brokers, 'certflow-bench-relay', logger);
  const admin = kafka.admin();
  const run = randomUUID().slice(0, 8);
  const topics = { relay: `certflow-bench-relay-${run}`, peer: `certflow-bench-peer-${run}` };
  try {
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: Object.values(topics).map((topic) => ({ topic, numPartitions: PARTITIONS, replicationFactor: 1 })) });
    await writeLog(store);
    const mapper = new IntegrationMapper(store);
    const messages: OutgoingMessage[] = [];
    for (let after = 0; ; ) {
      const page = await store.readAll({ after, limit: 5000 });
      if (page.length === 0) break;
      messages.push(...(await mapper.map(page)).map(toKafkaMessage));
      after = page.at(-1)!.globalPosition;
    }

    const peerSeconds = await timed(() => bareProducer(kafka, topics.peer, messages));
    const relaySeconds = await timed(async () => {
      const relay = await startRelay({
        eventStore: store,
        logger,
        batchSize: BATCH,
        settings: { brokers, topic: topics.relay, partitions: PARTITIONS, replication: 1, retentionDays: 0 },
      });
      await relay.subscription.caughtUp();
      const status = await relay.status();
      await relay.stop();
      if (status.lag !== 0 || status.failures !== 0) throw new Error(`relay ended with lag ${status.lag} and ${status.failures} failures`);
    });
    const offsets = await admin.fetchTopicOffsets(topics.relay);
    const published = offsets.reduce((sum, p) => sum + Number(p.high), 0);
    if (published !== messages.length) throw new Error(`relay published ${published} messages, expected ${messages.length} (${relayCheckpointName(topics.relay)})`);

    const eps = Math.round(messages.length / relaySeconds);
    const peerEps = Math.round(messages.length / peerSeconds);
    const line = { bench: 'relay', events: messages.length, eps, peer_eps: peerEps, vs_peer: Math.round((eps / peerEps) * 100) / 100 };
    if (options.json) options.log(JSON.stringify(line));
    else options.log(`relay: ${messages.length} events, ${eps} events/s vs bare kafkajs producer ${peerEps} events/s (${line.vs_peer}x)`);
  } finally {
    await admin.deleteTopics({ topics: Object.values(topics) }).catch(() => undefined);
    await admin.disconnect();
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function bareProducer(kafka: ReturnType<typeof kafkaClient>, topic: string, messages: readonly OutgoingMessage[]): Promise<void> {
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  try {
    for (let i = 0; i < messages.length; i += BATCH) {
      await producer.send({ topic, acks: -1, messages: messages.slice(i, i + BATCH).map((m) => ({ key: m.key, value: m.value, headers: m.headers })) });
    }
  } finally {
    await producer.disconnect();
  }
}

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

/** One application per platform, then its decisions, the platforms interleaved as a cycle's days are. */
async function writeLog(store: SqliteEventStore): Promise<void> {
  const platforms = Array.from({ length: PLATFORM_COUNT }, (_, i) => {
    const base = PLATFORMS[i % PLATFORMS.length]!;
    return { ...base, id: `${base.id}-${i}`, name: `${base.name}${i}` };
  });
  for (const [i, platform] of platforms.entries()) {
    await store.append(platformStreamId(platform.id), [
      { type: 'ApplicationSubmitted', data: { platformId: platform.id, cycleYear: 2027, application: application(platform, i % 10), submittedOn: '2027-03-01' } },
    ]);
  }
  for (let round = 0; round < DECISIONS_PER_PLATFORM; round++) {
    const year = 2027 + 2 * round;
    const event: NewEvent =
      round === 0
        ? {
            type: 'PlatformCertified',
            data: { cycleYear: year, title: '赣州市市级中小企业公共服务示范平台', reviewers: [], reasons: [], overrides: [], evaluation: {}, certifiedOn: `${year}-06-15`, nextRecheckYear: year + 2 },
          }
        : { type: 'RecheckConfirmed', data: { cycleYear: year, reviewers: [], reasons: ['复核合格'], nextRecheckYear: year + 2 } };
    await Promise.all(
      platforms.map((platform) =>
        store.append(platformStreamId(platform.id), [{ ...event, metadata: { occurredAt: `${year}-06-15T02:00:00.000Z` } }]),
      ),
    );
  }
}

