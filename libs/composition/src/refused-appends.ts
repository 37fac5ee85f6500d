import { PostgresEventStore, type EventStore } from '@certflow/event-store';
import type { Logger } from '@certflow/observability';

/**
 * A PostgreSQL log restored into a cluster whose transaction ids are behind it refuses appends
 * until the ids pass (TransactionIdsBehindError). Said at start-up, so that the operator who
 * restored it reads it in the log before the first applicant meets a 503.
 */
export function warnOfRefusedAppends(store: EventStore, logger: Logger): void {
  const refusal = store instanceof PostgresEventStore ? store.appendsRefusedBecause : undefined;
  if (refusal) logger.warn({ code: refusal.code, newest: refusal.newest, next: refusal.next }, refusal.message);
}
