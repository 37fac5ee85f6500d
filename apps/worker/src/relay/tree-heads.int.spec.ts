import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Admin, Consumer } from 'kafkajs';
import { loadOrCreateLogKey, LogSealer, SqliteEventStore, type RecordedEvent } from '@certflow/event-store';
import { recordScenario, testLogger } from '@certflow/testing';
import { demoScenario, instantOf } from '../../../cli/src/demo/scenario.js';
import { loadContractValidator, type ContractValidator } from '../../../../libs/messaging/src/contract/asyncapi-validator.js';
import { headCheckpointName, startRelay, type RunningRelay } from './relay.js';
import { appendRecorded, collect, connectAdmin, kafkaBrokers, readWholeLog, uniqueTopic, waitFor, type Received } from './testing/kafka-test-topic.js';

// Independent of the code under test: RFC 9162 2.1 hashing and Ed25519 with node:crypto only.
const sha = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();
const leafOf = (e: RecordedEvent) => sha(Buffer.from([0]), Buffer.from(`certflow-event:v1\n${e.streamId}\n${e.streamVersion}\n${e.hash}`));
function mth(leaves: Buffer[]): Buffer {
  if (leaves.length === 1) return leaves[0]!;
  const k = 2 ** Math.ceil(Math.log2(leaves.length) - 1);
  return sha(Buffer.from([1]), mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

describe('signed tree heads on Kafka, contract v2 (issue 12 item 4: published where others keep copies)', () => {
  const brokers = kafkaBrokers();
  const folder = mkdtempSync(join(tmpdir(), 'certflow-heads-'));
  const topicV1 = uniqueTopic('heads-v1');
  const topicV2 = uniqueTopic('heads-v2');
  const consumers: Consumer[] = [];
  let admin: Admin;
  let contract: ContractValidator;
  let store: SqliteEventStore;
  let sealer: LogSealer;
  let publicKeyPem: string;
  let relay: RunningRelay | undefined;
  let v2: Received[];
  let v1: Received[];
  const signedSizes: number[] = [];

  const start = () =>
    startRelay({
      eventStore: store,
      logger: testLogger(),
      headPollMs: 200,
      settings: { brokers, topic: topicV1, topicV2, partitions: 3, replication: 1, retentionDays: 0 },
    });
  const heads = () => v2.filter((r) => r.event.type === 'log.tree-head');

  beforeAll(async () => {
    admin = await connectAdmin(brokers);
    contract = await loadContractValidator();
    store = new SqliteEventStore({ filename: join(folder, 'events.sqlite') });
    const signer = loadOrCreateLogKey(folder);
    publicKeyPem = signer.publicKeyPem;
    sealer = new LogSealer(store.log, signer, { everyEvents: 1_000_000, everyMs: 1_000_000_000 });
    const demo = recordScenario(demoScenario(), instantOf);
    await appendRecorded(store, demo.slice(0, 30));
    signedSizes.push((await sealer.seal({ forceHead: true })).head!.treeSize);
    await appendRecorded(store, demo.slice(30));
    signedSizes.push((await sealer.seal({ forceHead: true })).head!.treeSize);
    relay = start();
    const collected = await collect(brokers, topicV2, admin);
    consumers.push(collected.consumer);
    v2 = collected.received;
    const collectedV1 = await collect(brokers, topicV1, admin);
    consumers.push(collectedV1.consumer);
    v1 = collectedV1.received;
    await waitFor('two tree heads on the v2 topic', () => heads().length >= 2, 60_000, () => `(got ${heads().length})`);
  }, 120_000);

  afterAll(async () => {
    await relay?.stop();
    await Promise.all(consumers.map((c) => c.disconnect().catch(() => undefined)));
    await store?.close();
    await admin?.deleteTopics({ topics: [topicV1, topicV2] }).catch(() => undefined);
    await admin?.disconnect();
    rmSync(folder, { recursive: true, force: true });
  });

  it('each head arrives, conforms to asyncapi.yaml, and its signature and root check out with node:crypto alone', async () => {
    const stored = await store.log.heads();
    expect(heads().map((r) => r.event.data)).toEqual(stored.map((h) => ({ ...h })));
    const log = await readWholeLog(store);
    const key = createPublicKey(publicKeyPem);
    const keyId = createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex');
    for (const { event, message } of heads()) {
      expect(contract.check(message)).toEqual([]);
      expect(message.key).toBe('log');
      const head = event.data as { treeSize: number; rootHash: string; timestamp: string; keyId: string; signature: string };
      expect(head.keyId).toBe(keyId);
      const signed = Buffer.from(`certflow-tree-head:v1\n${head.treeSize}\n${head.rootHash}\n${head.timestamp}`, 'utf8');
      expect(verify(null, signed, key, Buffer.from(head.signature, 'base64'))).toBe(true);
      expect(head.rootHash).toBe(mth(log.slice(0, head.treeSize).map(leafOf)).toString('hex'));
      // A changed root under the same signature is told apart.
      const forged = Buffer.from(`certflow-tree-head:v1\n${head.treeSize}\n${'0'.repeat(64)}\n${head.timestamp}`, 'utf8');
      expect(verify(null, forged, key, Buffer.from(head.signature, 'base64'))).toBe(false);
    }
    expect(heads().map((r) => (r.event.data as { treeSize: number }).treeSize)).toEqual(signedSizes);
    expect(signedSizes.at(-1)).toBe(log.length);
  });

  it('the v1 topic carries neither tree heads nor result pages (contract v1 as first published)', async () => {
    await relay!.subscription.caughtUp();
    await waitFor('the v1 topic to fill', () => v1.length > 0, 30_000);
    expect(v1.some((r) => r.event.type === 'log.tree-head' || r.event.type === 'cycle.results-page')).toBe(false);
    for (const r of v1) expect(contract.check(r.message)).toEqual([]);
  });

  it('after a restart, a head signed while nothing is appended still goes out, and the heads already sent are not sent again', async () => {
    await relay!.stop();
    relay = undefined;
    expect(await store.loadCheckpoint(headCheckpointName(topicV2))).toEqual({ position: (await store.log.heads()).at(-1)!.treeSize });
    await store.append('platform-heads-test', [{ type: 'InternalNoteAdded', data: { note: 'after the restart' } }]);
    relay = start();
    await relay.subscriptionV2!.caughtUp();
    // Signed after the relay caught up: only its timer can send it.
    const { head } = await sealer.seal({ forceHead: true });
    await waitFor('the third head', () => heads().length >= 3, 30_000, () => `(got ${heads().length})`);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(heads().map((r) => r.event.id)).toEqual([...new Set(heads().map((r) => r.event.id))]);
    expect(heads().at(-1)!.event.data).toEqual({ ...head });
    await expect(relay.publishHeads()).resolves.toBe(0);
  });
});
