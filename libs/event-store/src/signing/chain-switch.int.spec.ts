import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@certflow/testing';
import type { ChainAlgorithm } from '../canonical-json.js';
import type { EventStore } from '../port.js';
import { PostgresEventStore } from '../postgres/postgres-event-store.js';
import { SqliteEventStore } from '../sqlite/sqlite-event-store.js';
import { loadOrCreateLogKey } from '../merkle/tree-head.js';
import { signingStore, trustedKeys } from './decision-signature.js';

interface Subject {
  open(algorithm: ChainAlgorithm): Promise<EventStore>;
  /** SQL past the store, as someone with access to the database; `{t}` the table prefix, `?` placeholders. */
  tamper(sql: string, ...params: unknown[]): Promise<void>;
  dispose(): Promise<void>;
}

const KINDS: Record<'sqlite' | 'postgres', () => Promise<Subject>> = {
  async sqlite() {
    const folder = mkdtempSync(join(tmpdir(), 'certflow-switch-'));
    const filename = join(folder, 'events.sqlite');
    return {
      open: async (chainAlgorithm) => new SqliteEventStore({ filename, chainAlgorithm }),
      async tamper(sql, ...params) {
        const db = new Database(filename);
        try {
          db.prepare(sql.replaceAll('{t}', '')).run(...params);
        } finally {
          db.close();
        }
      },
      dispose: async () => rmSync(folder, { recursive: true, force: true }),
    };
  },
  async postgres() {
    const database: TestDatabase = await createTestDatabase('certflow_switch');
    return {
      open: (chainAlgorithm) => PostgresEventStore.open({ connectionString: database.url, chainAlgorithm }),
      async tamper(sql, ...params) {
        let n = 0;
        await database.admin.query(sql.replaceAll('{t}', 'certflow.').replace(/\?/g, () => `$${++n}`), params);
      },
      dispose: () => database.drop(),
    };
  },
};

describe.each(['sqlite', 'postgres'] as const)('a store that switches its chain hash from SHA-256 to SM3 on %s', (kind) => {
  let subject: Subject;
  let store: EventStore | undefined;
  const folder = mkdtempSync(join(tmpdir(), 'certflow-bureau-key-'));
  const bureau = loadOrCreateLogKey(folder);
  const signatures = { keys: trustedKeys([bureau.publicKeyPem]), signedTypes: ['PlatformCertified', 'PlatformRevoked'] };

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  afterEach(async () => {
    await store?.close();
    store = undefined;
    await subject.dispose();
  });

  async function written(): Promise<EventStore> {
    subject = await KINDS[kind]();
    store = signingStore(await subject.open('sha256'), bureau, signatures.signedTypes);
    await store.append('platform-a', [{ type: 'ApplicationSubmitted', data: { name: '章贡区科技服务平台' } }], { metadata: { actorId: 'applicant-a', role: 'applicant' } });
    await store.append('platform-b', [{ type: 'ApplicationSubmitted', data: { name: '南康区创业服务平台' } }]);
    await store.close();
    // The deployment sets CERTFLOW_CHAIN_HASH=sm3 and restarts: old links stay SHA-256, new ones are SM3.
    store = signingStore(await subject.open('sm3'), bureau, signatures.signedTypes);
    await store.append('platform-a', [{ type: 'PlatformCertified', data: { certifiedOn: '2027-06-30' } }], { metadata: { actorId: 'city-1', role: 'city' } });
    await store.append('platform-b', [{ type: 'PlatformCertified', data: { certifiedOn: '2027-06-30' } }, { type: 'PlatformRevoked', data: { revokedOn: '2029-09-01' } }]);
    return store;
  }

  it('keeps verifying its older events, and names the algorithm of every link', async () => {
    const s = await written();
    const events = await s.readStream('platform-b');
    expect(events.map((e) => e.hash.slice(0, 4))).toEqual([expect.stringMatching(/^[0-9a-f]{4}$/), 'sm3:', 'sm3:']);
    const report = await s.verifyChains({ signatures });
    expect(report.breaks).toEqual([]);
    expect(report.algorithms).toEqual({ sha256: 2, sm3: 3 });
    expect(report.signatures).toEqual({ checked: 3, unsigned: 0 });
  });

  it('signs each decision with the bureau key over what was written, actor included', async () => {
    const s = await written();
    const certified = (await s.readStream('platform-a'))[1]!;
    expect(certified.metadata).toMatchObject({ actorId: 'city-1', decisionSignature: { algorithm: 'Ed25519', keyId: bureau.keyId } });
    expect((await s.readStream('platform-a'))[0]!.metadata.decisionSignature).toBeUndefined();
  });

  it('names a byte changed in an SM3 link', async () => {
    const s = await written();
    await subject.tamper(`UPDATE {t}events SET data = ? WHERE stream_id = 'platform-a' AND stream_version = 2`, JSON.stringify({ certifiedOn: '2027-06-29' }));
    expect((await s.verifyChains({ signatures })).breaks).toEqual([
      expect.objectContaining({ streamId: 'platform-a', streamVersion: 2, problem: 'hash-mismatch' }),
      expect.objectContaining({ streamId: 'platform-a', streamVersion: 2, problem: 'signature-invalid' }),
    ]);
  });

  it('names a decision whose actor was changed after signing', async () => {
    const s = await written();
    const certified = (await s.readStream('platform-b'))[1]!;
    await subject.tamper(
      `UPDATE {t}events SET metadata = ? WHERE event_id = ?`,
      JSON.stringify({ ...certified.metadata, actorId: 'city-2' }),
      certified.eventId,
    );
    const breaks = (await s.verifyChains({ signatures })).breaks;
    expect(breaks.map((b) => [b.streamId, b.streamVersion, b.problem])).toEqual([
      ['platform-b', 2, 'hash-mismatch'],
      ['platform-b', 2, 'signature-invalid'],
    ]);
  });
});
