import { CertflowError } from '@certflow/errors';
import { join } from 'node:path';
import type { EventStore } from './port.js';
import { PostgresEventStore } from './postgres/postgres-event-store.js';
import { SqliteEventStore } from './sqlite/sqlite-event-store.js';
import type { Upcaster } from './upcasting.js';

export interface StoreSettings {
  readonly store: 'sqlite' | 'postgres' | 'kurrentdb';
  readonly dataDir: string;
  readonly databaseUrl?: string | undefined;
  readonly kurrentdbUrl?: string | undefined;
  readonly upcasters?: readonly Upcaster[];
}

export function sqliteFile(dataDir: string): string {
  return join(dataDir, 'events.sqlite');
}

export async function openEventStore(settings: StoreSettings): Promise<EventStore> {
  if (settings.store === 'postgres') {
    if (!settings.databaseUrl) throw new CertflowError('event-store.misconfigured', { zh: 'PostgreSQL 事件存储需要 DATABASE_URL', en: 'the postgres store needs DATABASE_URL' });
    return PostgresEventStore.open({ connectionString: settings.databaseUrl, upcasters: settings.upcasters ?? [] });
  }
  if (settings.store === 'kurrentdb') {
    if (!settings.kurrentdbUrl) throw new CertflowError('event-store.misconfigured', { zh: 'KurrentDB 事件存储需要 KURRENTDB_URL', en: 'the kurrentdb store needs KURRENTDB_URL' });
    // Loaded only when chosen: the gRPC client and its native bridge cost every other process start-up time.
    const { KurrentDbEventStore } = await import('./kurrentdb/kurrentdb-event-store.js');
    return KurrentDbEventStore.open({ connectionString: settings.kurrentdbUrl, upcasters: settings.upcasters ?? [] });
  }
  return new SqliteEventStore({ filename: sqliteFile(settings.dataDir), upcasters: settings.upcasters ?? [] });
}
