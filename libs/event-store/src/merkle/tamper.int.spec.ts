import { afterEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@certflow/testing';
import { canonicalBody, chainHash } from '../canonical-json.js';
import type { EventStore } from '../port.js';
import { PostgresEventStore } from '../postgres/postgres-event-store.js';
import { SqliteEventStore } from '../sqlite/sqlite-event-store.js';
import { LogSealer } from './log-sealer.js';
import { loadOrCreateLogKey, type TreeHeadSigner } from './tree-head.js';
import type { SignedTreeHead, TransparencyLog } from './transparency-log.js';
import type { StoreSettings } from '../open.js';
import { verifyLog, type LogReport } from './verify-log.js';
import { verifyLogBeside } from './verify-log-thread.js';

/** Runs SQL past the store, as someone with access to the database would; `?` placeholders. */
interface Tamperer {
  run(sql: string, ...params: unknown[]): Promise<void>;
  dispose(): Promise<void>;
}

interface Subject {
  store: EventStore;
  /** How another connection (verify's tree thread) opens the same store. */
  settings: StoreSettings;
  tamper: Tamperer;
  signer: TreeHeadSigner;
  /** The head made after the writes, as a registry or an auditor would have kept a copy. */
  published: SignedTreeHead;
}

const KINDS = {
  async sqlite(): Promise<Omit<Subject, 'signer' | 'published' | 'settings'> & { folder: string; settings: StoreSettings }> {
    const folder = mkdtempSync(join(tmpdir(), 'certflow-tamper-'));
    const filename = join(folder, 'events.sqlite');
    const store = new SqliteEventStore({ filename });
    return {
      folder,
      store,
      settings: { store: 'sqlite', dataDir: folder },
      tamper: {
        async run(sql, ...params) {
          const db = new Database(filename);
          try {
            db.prepare(sql.replaceAll('{t}', '')).run(...params);
          } finally {
            db.close();
          }
        },
        async dispose() {},
      },
    };
  },
  async postgres(): Promise<Omit<Subject, 'signer' | 'published' | 'settings'> & { folder: string; database: TestDatabase; settings: StoreSettings }> {
    const database = await createTestDatabase('certflow_tamper');
    const store = await PostgresEventStore.open({ connectionString: database.url });
    let n = 0;
    return {
      folder: mkdtempSync(join(tmpdir(), 'certflow-tamper-')),
      database,
      store,
      settings: { store: 'postgres', dataDir: tmpdir(), databaseUrl: database.url },
      tamper: {
        async run(sql, ...params) {
          n = 0;
          await database.admin.query(sql.replaceAll('{t}', 'certflow.').replace(/\?/g, () => `$${++n}`), params);
        },
        dispose: () => database.drop(),
      },
    };
  },
};

const evaluation = (result: 'pass' | 'fail') => ({ rulesetId: 'ganzhou-2013', rulesetVersion: 1, criteria: [{ criterion: '6(3) total assets', article: '6(3)', input: 1_500_000, threshold: 2_000_000, result }] });

describe.each(['sqlite', 'postgres'] as const)('tamper evidence over the whole log on %s', (kind) => {
  let subject: Subject;
  let cleanup: () => Promise<void>;

  async function setUp(): Promise<Subject> {
    const made = await KINDS[kind]();
    const signer = loadOrCreateLogKey(made.folder);
    const { store } = made;
    // Interleaved streams, as a real log is: platform-a ends in a revocation, platform-c is short.
    await store.append('platform-a', [{ type: 'ApplicationSubmitted', data: { n: 1 } }]);
    await store.append('platform-c', [{ type: 'ApplicationSubmitted', data: { n: 1 } }]);
    await store.append('platform-a', [{ type: 'PlatformRecommended', data: { evaluation: evaluation('fail') } }]);
    await store.append('platform-b', [{ type: 'ApplicationSubmitted', data: { n: 1 } }]);
    await store.append('platform-a', [{ type: 'PlatformCertified', data: { n: 3 } }]);
    await store.append('platform-c', [{ type: 'ApplicationWithdrawn', data: { n: 2 } }]);
    await store.append('platform-a', [{ type: 'RevocationAnnounced', data: { n: 4 } }, { type: 'PlatformRevoked', data: { n: 5 } }]);
    await store.append('platform-b', [{ type: 'ApplicationWithdrawn', data: { n: 2 } }]);
    const sealer = new LogSealer(store.log, signer);
    // PostgreSQL seals only what commits below the cluster's oldest open transaction, which
    // another suite's may hold back for a moment: the head must cover all 9 or a tamper goes unseen.
    let { head } = await sealer.seal({ forceHead: true });
    for (const deadline = Date.now() + 30_000; (head?.treeSize ?? 0) < 9; ) {
      if (Date.now() > deadline) throw new Error(`the log sealed ${head?.treeSize ?? 0} of 9 events in 30 s`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      ({ head } = await sealer.seal({ forceHead: true }));
    }
    cleanup = async () => {
      await store.close();
      await made.tamper.dispose();
      rmSync(made.folder, { recursive: true, force: true });
    };
    return { store, settings: made.settings, tamper: made.tamper, signer, published: head! };
  }

  afterEach(async () => cleanup?.());

  // Every case twice: here, and as `certflow audit verify` runs it, on a thread of its own over its own connection; the reports must agree.
  const verify = async (against?: SignedTreeHead[]): Promise<LogReport> => {
    const options = { publicKeyPem: subject.signer.publicKeyPem, ...(against ? { against } : {}) };
    const here = await verifyLog(subject.store.log, options);
    const local = { heads: () => Promise.reject(new Error('the tree thread did not start')) } as unknown as TransparencyLog;
    expect(await verifyLogBeside(subject.settings, local, options)).toEqual(here);
    return here;
  };

  it('a clean log verifies, with its head signed over all 9 events', async () => {
    subject = await setUp();
    expect(subject.published).toMatchObject({ treeSize: 9, algorithm: 'Ed25519' });
    const report = await verify([subject.published]);
    expect(report).toMatchObject({ size: 9, unsealed: 0, breaks: [] });
    expect((await subject.store.verifyChains()).breaks).toEqual([]);
  });

  it("the tail of a stream deleted and its streams row set back: the chains see nothing, the log names both events", async () => {
    subject = await setUp();
    const [, , v3] = await subject.store.readStream('platform-a');
    await subject.tamper.run("DELETE FROM {t}events WHERE stream_id = 'platform-a' AND stream_version > 3");
    await subject.tamper.run("UPDATE {t}streams SET version = 3, last_hash = ? WHERE stream_id = 'platform-a'", v3!.hash);
    expect((await subject.store.verifyChains()).breaks).toEqual([]);
    const report = await verify();
    expect(report.breaks).toEqual([
      expect.objectContaining({ problem: 'event-deleted', streamId: 'platform-a', streamVersion: 4 }),
      expect.objectContaining({ problem: 'event-deleted', streamId: 'platform-a', streamVersion: 5 }),
      expect.objectContaining({ problem: 'head-root-mismatch' }),
    ]);
  });

  it('a whole stream deleted is named event by event', async () => {
    subject = await setUp();
    await subject.tamper.run("DELETE FROM {t}events WHERE stream_id = 'platform-c'");
    await subject.tamper.run("DELETE FROM {t}streams WHERE stream_id = 'platform-c'");
    expect((await subject.store.verifyChains()).breaks).toEqual([]);
    const problems = (await verify()).breaks.map((b) => `${b.problem} ${b.streamId ?? ''} ${b.streamVersion ?? ''}`.trim());
    expect(problems).toEqual(['event-deleted platform-c 1', 'event-deleted platform-c 2', 'head-root-mismatch']);
  });

  it('deleted together with its leaves and every stored head, the log is still caught against a head kept elsewhere', async () => {
    subject = await setUp();
    await subject.tamper.run("DELETE FROM {t}events WHERE stream_id = 'platform-c'");
    await subject.tamper.run("DELETE FROM {t}streams WHERE stream_id = 'platform-c'");
    await subject.tamper.run("DELETE FROM {t}log_leaves WHERE stream_id = 'platform-c'");
    await subject.tamper.run('DELETE FROM {t}log_heads');
    // Renumbered so that the leaves run on without a gap.
    await subject.tamper.run('UPDATE {t}log_leaves SET leaf_index = leaf_index + 1000');
    await subject.tamper.run('UPDATE {t}log_leaves SET leaf_index = (SELECT count(*) FROM {t}log_leaves l2 WHERE l2.global_position < {t}log_leaves.global_position)');
    expect((await verify()).breaks).toEqual([]);
    const against = await verify([subject.published]);
    expect(against.breaks).toEqual([expect.objectContaining({ problem: 'log-shorter-than-head' })]);
    expect(against.breaks[0]!.detail).toContain('covers 9 events');
  });

  it('two events swapped are named, by the chains and by the log', async () => {
    subject = await setUp();
    await subject.tamper.run("UPDATE {t}events SET stream_version = -4 WHERE stream_id = 'platform-a' AND stream_version = 4");
    await subject.tamper.run("UPDATE {t}events SET stream_version = 4 WHERE stream_id = 'platform-a' AND stream_version = 5");
    await subject.tamper.run("UPDATE {t}events SET stream_version = 5 WHERE stream_id = 'platform-a' AND stream_version = -4");
    expect((await subject.store.verifyChains()).breaks.length).toBeGreaterThan(0);
    expect((await verify()).breaks).toEqual([
      expect.objectContaining({ problem: 'event-replaced', streamId: 'platform-a', streamVersion: 4 }),
      expect.objectContaining({ problem: 'event-replaced', streamId: 'platform-a', streamVersion: 5 }),
      expect.objectContaining({ problem: 'head-root-mismatch' }),
    ]);
  });

  it('a rule evaluation turned from fail to pass with every hash recomputed: the chains pass, the log and the earlier head do not', async () => {
    subject = await setUp();
    const events = await subject.store.readStream('platform-a');
    let previous = '';
    for (const event of events) {
      const data = event.streamVersion === 2 ? { evaluation: evaluation('pass') } : event.data;
      previous = chainHash(previous, event.streamVersion, event.recordedAt, canonicalBody({ eventId: event.eventId, streamId: event.streamId, type: event.type, schemaVersion: event.schemaVersion, data, metadata: event.metadata }));
      await subject.tamper.run(`UPDATE {t}events SET data = ?${kind === 'postgres' ? '::jsonb' : ''}, hash = ? WHERE event_id = ?`, JSON.stringify(data), previous, event.eventId);
    }
    await subject.tamper.run("UPDATE {t}streams SET last_hash = ? WHERE stream_id = 'platform-a'", previous);
    expect((await subject.store.verifyChains()).breaks).toEqual([]);
    const breaks = (await verify([subject.published])).breaks;
    expect(breaks.filter((b) => b.problem === 'event-changed').map((b) => b.streamVersion)).toEqual([2, 3, 4, 5]);
    // The store's own head and the copy kept apart are the same head: checked and named once.
    expect(breaks.filter((b) => b.problem === 'head-root-mismatch')).toHaveLength(1);
  });

  it('a head signed with another key is refused', async () => {
    subject = await setUp();
    const other = loadOrCreateLogKey(mkdtempSync(join(tmpdir(), 'certflow-other-key-')));
    const forged = other.sign(subject.published.treeSize, subject.published.rootHash, subject.published.timestamp);
    expect((await verify([forged])).breaks).toEqual([expect.objectContaining({ problem: 'head-signature' })]);
  });
});
