import { Inject, Injectable } from '@nestjs/common';
import { AuditReadRecorder } from '@certflow/application';
import { EVENT_STORE, type EventStore } from '@certflow/event-store';
import { OBSERVABILITY, type Observability } from '../../observability/observability.js';
import { BeforeStoreCloses } from '../../event-store.module.js';

export const AUDIT_READ_FLUSH_MS = Symbol.for('certflow.AuditReadFlushMs');

/**
 * The process's one recorder of audit reads (Art. 3, 4: the city supervises, and those who
 * audit are supervised too). Whatever is buffered is appended before the store closes.
 */
@Injectable()
export class AuditReadLog {
  readonly recorder: AuditReadRecorder;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(OBSERVABILITY) observability: Observability,
    @Inject(AUDIT_READ_FLUSH_MS) flushMs: number | undefined,
    beforeClose: BeforeStoreCloses,
  ) {
    this.recorder = new AuditReadRecorder(store, {
      ...(flushMs !== undefined ? { flushMs } : {}),
      onError: (error) => observability.logger.error({ err: error }, 'recording audit reads failed; kept for the next flush'),
    });
    observability.metrics.watchAuditReads(() => this.recorder.stats());
    // After the HTTP server drained: a read answered during the drain is recorded too.
    beforeClose.add(() => this.recorder.flush());
  }
}
