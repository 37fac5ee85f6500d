import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Admin, Consumer } from 'kafkajs';
import { loadConfig } from '@certflow/config';
import { openEventStore, type EventStore, type RecordedEvent } from '@certflow/event-store';
import { IntegrationMapper, toKafkaMessage, type ContractVersion, type IntegrationEvent } from '@certflow/messaging';
import { collect, connectAdmin, cuttableNetwork, kafkaBrokers, readWholeLog, uniqueTopic, waitFor, type Received } from '../../../worker/src/relay/testing/kafka-test-topic.js';
import { testLogger } from '@certflow/testing';
import { CliError } from '../cli-error.js';
import { runDemo } from '../demo/run-demo.js';
import { republishEvents } from './republish.js';

describe('certflow events republish: a range of the log sent to Kafka again', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'certflow-republish-'));
  const brokers = kafkaBrokers();
  const consumers: Consumer[] = [];
  const topics: string[] = [];
  let admin: Admin;
  let log: RecordedEvent[];
  const expected = new Map<ContractVersion, IntegrationEvent[]>();

  beforeAll(async () => {
    admin = await connectAdmin(brokers);
    await runDemo({ json: true, dataDir, log: () => undefined });
    const store: EventStore = await openEventStore({ store: 'sqlite', dataDir });
    try {
      log = await readWholeLog(store);
      // What the relay sends: one mapper per contract over the whole log, from the start.
      for (const contract of [1, 2] as const) expected.set(contract, await new IntegrationMapper(store, { contract }).map(log));
    } finally {
      await store.close();
    }
  }, 120_000);
  afterAll(async () => {
    for (const consumer of consumers) await consumer.disconnect();
    if (topics.length > 0) await admin?.deleteTopics({ topics }).catch(() => undefined);
    await admin?.disconnect();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const configWith = (v1: string, v2: string, env: Record<string, string> = {}) =>
    loadConfig({ CERTFLOW_DATA_DIR: dataDir, KAFKA_BROKERS: brokers.join(','), CERTFLOW_KAFKA_TOPIC: v1, CERTFLOW_KAFKA_TOPIC_V2: v2, ...env });

  async function received(topic: string, count: number): Promise<Received[]> {
    const collected = await collect(brokers, topic, admin);
    consumers.push(collected.consumer);
    await waitFor(`${count} messages on ${topic}`, () => collected.received.length >= count, 60_000, () => `(got ${collected.received.length})`);
    // Anything beyond the count would be a message sent twice or one that should not be there.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return collected.received;
  }

  /** Per key, in arrival order: Kafka keeps order within a key's partition, not across keys. */
  const byKey = (messages: readonly { key: string; value: string }[]) => {
    const out: Record<string, string[]> = {};
    for (const { key, value } of messages) (out[key] ??= []).push(value);
    return out;
  };

  it('the whole log: each topic gets the messages the relay sends on it (same ids, keys and bodies), each once', async () => {
    const [v1, v2] = [uniqueTopic('republish-v1'), uniqueTopic('republish-v2')];
    topics.push(v1, v2);
    const result = await republishEvents({ from: 1, pageSize: 7, logger: testLogger() }, configWith(v1, v2));
    const [one, two] = [expected.get(1)!, expected.get(2)!];
    expect(result).toEqual({
      from: 1,
      to: log.at(-1)!.globalPosition,
      events: log.length,
      sent: [
        { contract: 1, topic: v1, messages: one.length },
        { contract: 2, topic: v2, messages: two.length },
      ],
      dryRun: false,
    });
    // v2 carries the cycle's pages, which v1 does not: the two topics must differ.
    expect(two.length).toBeGreaterThan(one.length);
    for (const [topic, events] of [
      [v1, one],
      [v2, two],
    ] as const) {
      const got = await received(topic, events.length);
      expect(got).toHaveLength(events.length);
      expect(byKey(got.map((r) => r.message))).toEqual(byKey(events.map(toKafkaMessage)));
    }
  }, 120_000);

  it('a range that starts inside platforms’ histories: only its public events, shaped as if mapped from the start', async () => {
    // From the first certification on: the platforms' profiles came before it, so the mapper must read them back.
    const firstCertified = log.find((event) => event.type === 'PlatformCertified')!;
    const lastRevoked = log.findLast((event) => event.type === 'PlatformRevoked')!;
    const inRange = new Set(log.filter((e) => e.globalPosition >= firstCertified.globalPosition && e.globalPosition <= lastRevoked.globalPosition).map((e) => e.eventId));
    const want = expected.get(2)!.filter((event) => inRange.has(event.id));
    expect(want.length).toBeGreaterThan(5);
    expect(want.length).toBeLessThan(expected.get(2)!.length);
    const v2 = uniqueTopic('republish-range');
    topics.push(v2);
    const result = await republishEvents(
      { from: firstCertified.globalPosition, to: lastRevoked.globalPosition, contracts: [2], pageSize: 5, logger: testLogger() },
      configWith(uniqueTopic('unused'), v2),
    );
    expect(result.sent).toEqual([{ contract: 2, topic: v2, messages: want.length }]);
    expect(result.events).toBe(inRange.size);
    const got = await received(v2, want.length);
    expect(byKey(got.map((r) => r.message))).toEqual(byKey(want.map(toKafkaMessage)));
    expect(got.every((r) => r.event.subject !== undefined && (r.event.data as { platform?: unknown }).platform !== null)).toBe(true);
  }, 120_000);

  it('--dry-run counts what would go, without a broker, and sends nothing', async () => {
    const result = await republishEvents({ from: 1, dryRun: true }, loadConfig({ CERTFLOW_DATA_DIR: dataDir, KAFKA_BROKERS: '' }));
    expect(result).toMatchObject({
      dryRun: true,
      events: log.length,
      sent: [
        { contract: 1, topic: undefined, messages: expected.get(1)!.length },
        { contract: 2, topic: undefined, messages: expected.get(2)!.length },
      ],
    });
  });

  it('refuses a range outside the log, and a send without a broker, before sending anything', async () => {
    const head = log.at(-1)!.globalPosition;
    const refusal = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);
    const cases: [Promise<unknown>, RegExp][] = [
      [republishEvents({ from: head + 1 }, configWith('a', 'b')), new RegExp(`--from ${head + 1} is past the log's head \\(position ${head}\\)`)],
      [republishEvents({ from: 1, to: head + 1 }, configWith('a', 'b')), /--to \d+ is past the log's head/],
      [republishEvents({ from: 5, to: 4 }, configWith('a', 'b')), /--to 4 is before --from 5/],
      [republishEvents({ from: 1 }, loadConfig({ CERTFLOW_DATA_DIR: dataDir, KAFKA_BROKERS: '' })), /KAFKA_BROKERS is not set/],
    ];
    for (const [promise, message] of cases) {
      const error = await refusal(promise);
      expect(error).toBeInstanceOf(CliError);
      expect({ message: (error as CliError).message, exitCode: (error as CliError).exitCode }).toEqual({ message: expect.stringMatching(message), exitCode: 2 });
    }
    // Topics named 'a' and 'b' would exist had anything been sent.
    expect((await admin.listTopics()).filter((topic) => topic === 'a' || topic === 'b')).toEqual([]);
  });

  it('a broker out of reach: stops with the command line to run it again from there, exit code 1', async () => {
    const head = log.at(-1)!.globalPosition;
    const error = await republishEvents({ from: 3, contracts: [2], logger: testLogger() }, configWith('x', 'y', { KAFKA_BROKERS: '127.0.0.1:1' })).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(1);
    expect((error as CliError).message).toMatch(new RegExp(`^republish stopped at position 3: .+; run it again with --from 3 --to ${head} --contract v2$`));
  }, 60_000);

  it('the network cut after a page was acknowledged: names the first position not sent, and a second run from there completes the topic', async () => {
    const v2 = uniqueTopic('republish-resume');
    topics.push(v2);
    const network = cuttableNetwork();
    const acknowledged: number[] = [];
    const first = await republishEvents(
      {
        from: 1,
        contracts: [2],
        pageSize: 20,
        socketFactory: network.socketFactory,
        logger: testLogger(),
        onProgress: (reached) => {
          acknowledged.push(reached);
          network.cut();
        },
      },
      configWith(uniqueTopic('unused'), v2),
    ).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(acknowledged).toEqual([log[19]!.globalPosition]);
    const next = log[20]!.globalPosition;
    expect((first as CliError).message).toMatch(new RegExp(`^republish stopped at position ${next}: .+; run it again with --from ${next} --to ${log.at(-1)!.globalPosition} --contract v2$`));
    network.restore();
    await republishEvents({ from: next, contracts: [2], logger: testLogger() }, configWith(uniqueTopic('unused'), v2));
    // Both runs together: every message once, as one run would have sent them.
    const want = expected.get(2)!;
    const got = await received(v2, want.length);
    expect(got).toHaveLength(want.length);
    expect(byKey(got.map((r) => r.message))).toEqual(byKey(want.map(toKafkaMessage)));
  }, 120_000);
});
