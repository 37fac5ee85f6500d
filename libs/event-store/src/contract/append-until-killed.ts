// Child process of the SIGKILL test: appends until killed and writes each acknowledged append
// to a side log only after the store has acknowledged it.
import { appendFileSync } from 'node:fs';
import type { EventStore } from '../port.js';
import { PostgresEventStore } from '../postgres/postgres-event-store.js';
import { SqliteEventStore } from '../sqlite/sqlite-event-store.js';

const [sideLog, prefix, kind, target, schema] = process.argv.slice(2) as [string, string, string, string, string?];

async function openStore(): Promise<EventStore> {
  if (kind === 'sqlite') return new SqliteEventStore({ filename: target });
  if (kind === 'sqlite-thread') return new SqliteEventStore({ filename: target, writer: 'thread' });
  if (kind === 'kurrentdb') {
    const { KurrentDbEventStore } = await import('../kurrentdb/kurrentdb-event-store.js');
    return KurrentDbEventStore.open({ connectionString: target });
  }
  return PostgresEventStore.open({ connectionString: target, ...(schema ? { schema } : {}) });
}

const store = await openStore();
let n = 0;
const writer = async (w: number) => {
  for (;;) {
    const streamId = `${prefix}-${(n += 1) % 20}`;
    const eventId = crypto.randomUUID();
    const result = await store.append(streamId, [{ type: 'Killed.Tick', eventId, data: { w, n, pad: 'p'.repeat(300) } }]);
    appendFileSync(sideLog, `${streamId} ${result.streamVersion} ${eventId};\n`);
  }
};
await Promise.all(Array.from({ length: 8 }, (_, w) => writer(w)));
