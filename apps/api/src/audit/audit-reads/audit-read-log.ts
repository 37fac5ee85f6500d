import { Inject, Injectable, type BeforeApplicationShutdown } from '@nestjs/common';
import { AuditReadRecorder } from '@certflow/application';
import { EVENT_STORE, type EventStore } from '@certflow/event-store';
import { OBSERVABILITY, type Observability } from '../../observability/observability.js';

export const AUDIT_READ_FLUSH_MS = Symbol.for('certflow.AuditReadFlushMs');

/**
 * The process's one recorder of audit reads (Art. 3, 4: the city supervises, and those who
 * audit are supervised too). Whatever is buffered is appended before the store closes.
 */
@Injectable()
export class AuditReadLog implements BeforeApplicationShutdown {
  readonly recorder: AuditReadRecorder;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(OBSERVABILITY) observability: Observability,
    @Inject(AUDIT_READ_FLUSH_MS) flushMs: number | undefined,
  ) {
    this.recorder = new AuditReadRecorder(store, {
      ...(flushMs !== undefined ? { flushMs } : {}),
      onError: (error) => observability.logger.error({ err: error }, 'recording audit reads failed; kept for the next flush'),
    });
    observability.metrics.watchAuditReads(() => this.recorder.stats());
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.recorder.flush();
  }
}
