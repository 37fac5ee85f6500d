import { CertflowError } from '@certflow/errors';
import { join } from 'node:path';
import { chainAlgorithmAvailable, type ChainAlgorithm } from './canonical-json.js';
import type { TreeHeadSigner } from './merkle/tree-head.js';
import type { EventStore } from './port.js';
import { signingStore } from './signing/decision-signature.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';
import { SqliteEventStore } from './sqlite/sqlite-event-store.js';
import type { Upcaster } from './upcasting.js';

export interface StoreSettings {
  readonly store: 'sqlite' | 'postgres' | 'kurrentdb';
  readonly dataDir: string;
  readonly databaseUrl?: string | undefined;
  readonly kurrentdbUrl?: string | undefined;
  readonly upcasters?: readonly Upcaster[];
  /** CERTFLOW_CHAIN_HASH: the digest of new chain links; default SHA-256. */
  readonly chainHash?: ChainAlgorithm;
  /**
   * CERTFLOW_SQLITE_WRITER: where the embedded store commits. The server passes its configured
   * value (default thread); left out, inline, as a one-shot tool or a test wants no extra thread.
   */
  readonly sqliteWriter?: 'inline' | 'thread';
  /** The bureau's key, with the event types it signs on append (decisions); absent, nothing is signed (read-only tools). */
  readonly decisionSigning?: { readonly signer: TreeHeadSigner; readonly types: readonly string[] };
}

export function sqliteFile(dataDir: string): string {
  return join(dataDir, 'events.sqlite');
}

export async function openEventStore(settings: StoreSettings): Promise<EventStore> {
  const store = await openAdapter(settings);
  const signing = settings.decisionSigning;
  return signing ? signingStore(store, signing.signer, signing.types) : store;
}

async function openAdapter(settings: StoreSettings): Promise<EventStore> {
  const chainAlgorithm = settings.chainHash ?? 'sha256';
  // The config refuses this at start already; a store opened another way must not write links it cannot check.
  if (!chainAlgorithmAvailable(chainAlgorithm)) {
    throw new CertflowError('event-store.misconfigured', {
      zh: `此 Node.js（OpenSSL）不支持链哈希算法 ${chainAlgorithm}`,
      en: `this Node.js (OpenSSL) cannot compute the chain hash ${chainAlgorithm}`,
    });
  }
  if (settings.store === 'postgres') {
    if (!settings.databaseUrl) throw new CertflowError('event-store.misconfigured', { zh: 'PostgreSQL 事件存储需要 DATABASE_URL', en: 'the postgres store needs DATABASE_URL' });
    return PostgresEventStore.open({ connectionString: settings.databaseUrl, upcasters: settings.upcasters ?? [], chainAlgorithm });
  }
  if (settings.store === 'kurrentdb') {
    if (!settings.kurrentdbUrl) throw new CertflowError('event-store.misconfigured', { zh: 'KurrentDB 事件存储需要 KURRENTDB_URL', en: 'the kurrentdb store needs KURRENTDB_URL' });
    // Loaded only when chosen: the gRPC client and its native bridge cost every other process start-up time.
    const { KurrentDbEventStore } = await import('./kurrentdb/kurrentdb-event-store.js');
    return KurrentDbEventStore.open({ connectionString: settings.kurrentdbUrl, upcasters: settings.upcasters ?? [], chainAlgorithm });
  }
  return new SqliteEventStore({ filename: sqliteFile(settings.dataDir), upcasters: settings.upcasters ?? [], chainAlgorithm, writer: settings.sqliteWriter ?? 'inline' });
}
