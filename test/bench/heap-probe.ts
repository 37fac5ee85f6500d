// Temporary probe (not committed): heap held by each read model and by the scheduler's state after a cycle.
import { openEventStore } from '@certflow/event-store';
import { ALL_PROJECTIONS, MemoryReadModelStore, rebuild } from '@certflow/read-models';
import { evolveSchedule, initialScheduleState, SCHEDULE_EVENT_TYPES } from '@certflow/domain';

const dir = process.argv[2]!;
const gc = (globalThis as { gc?: () => void }).gc!;
const used = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
const store = await openEventStore({ store: 'sqlite', dataDir: dir });
const keep: unknown[] = [];
for (const projection of ALL_PROJECTIONS) {
  const before = used();
  const memory = new MemoryReadModelStore();
  await rebuild(store, memory, [projection]);
  keep.push(memory);
  console.log(projection.name, Math.round((used() - before) / 1024 / 1024), 'MB');
}
const before = used();
let state = initialScheduleState;
for (let after = 0; ; ) {
  const page = await store.readAll({ after, limit: 5000, types: [...SCHEDULE_EVENT_TYPES] });
  if (page.length === 0) break;
  for (const e of page) state = evolveSchedule(state, { type: e.type, data: e.data, streamId: e.streamId, occurredAt: e.metadata.occurredAt ?? e.recordedAt } as never);
  after = page.at(-1)!.globalPosition;
}
keep.push(state);
console.log('schedule', Math.round((used() - before) / 1024 / 1024), 'MB');
console.log('head', await store.headPosition());
