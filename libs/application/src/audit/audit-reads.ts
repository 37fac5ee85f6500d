import { CertflowError } from '@certflow/errors';
import type { EventStore, RecordedEvent } from '@certflow/event-store';

/** One read through an audit route: a fact about who looked at what, recorded in the log itself. */
export const AUDIT_RECORD_READ = 'AuditRecordRead';

export interface AuditRead {
  /** The token's subject. */
  readonly subject: string;
  readonly role: string;
  readonly county?: string;
  /** Method and route pattern, e.g. `GET /api/v1/audit/streams/:streamId`. */
  readonly route: string;
  /** Path parameters and query string as asked. */
  readonly parameters: Record<string, string>;
  /** `answered`, or the code of the problem the read was refused with (e.g. `resource.not-found`). */
  readonly outcome: string;
  /** When the read was answered (real time, never a training server's business time). */
  readonly readAt: string;
}

const STREAM_PREFIX = 'audit-reads-';
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** One stream per Asia/Shanghai calendar day of the reads: a day's reads are one read back. */
export function auditReadStreamId(instant: string): string {
  return `${STREAM_PREFIX}${shanghaiDay(instant)}`;
}

export function shanghaiDay(instant: string): string {
  return new Date(Date.parse(instant) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export interface AuditReadRecorderOptions {
  /** How long a read waits in the buffer at most; what a crash can lose. Default 1000 ms. */
  readonly flushMs?: number;
  /** A buffer this full is appended at once. Default 500. */
  readonly batchSize?: number;
  /** Reads kept while the store refuses appends; past it the oldest are dropped (and reported). Default 100,000. */
  readonly maxBuffered?: number;
  readonly onError?: (error: unknown) => void;
}

/**
 * Records reads off the request path: a read is pushed to a buffer (no I/O), and the buffer is
 * appended a day-stream at a time, in one append per stream, every `flushMs` or when it holds
 * `batchSize` reads, and on shutdown. A process that crashes loses what is still buffered (at
 * most `flushMs` of reads); an append that fails keeps its reads for the next flush.
 */
export class AuditReadRecorder {
  private buffer: AuditRead[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private readonly counts = { recorded: 0, appended: 0, dropped: 0, appends: 0, appendMs: 0, maxAppendMs: 0 };
  private readonly flushMs: number;
  private readonly batchSize: number;
  private readonly maxBuffered: number;

  constructor(
    private readonly store: Pick<EventStore, 'append'>,
    private readonly options: AuditReadRecorderOptions = {},
  ) {
    this.flushMs = options.flushMs ?? 1000;
    this.batchSize = options.batchSize ?? 500;
    this.maxBuffered = options.maxBuffered ?? 100_000;
  }

  record(read: AuditRead): void {
    this.counts.recorded += 1;
    this.buffer.push(read);
    if (this.buffer.length >= this.batchSize) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), this.flushMs).unref();
  }

  /** Resolves once every read recorded before the call is in the log (or back in the buffer after a failed append). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.appendBuffered());
    return this.flushing;
  }

  get buffered(): number {
    return this.buffer.length;
  }

  /** Reads recorded, appends made and the time they took (an embedded SQLite store commits on the event loop). */
  /**
   * `recorded`: reads handed to the recorder; `appended`: of those, written to the log; `dropped`:
   * lost to a full buffer while the store refused appends; `buffered`: waiting for the next flush.
   */
  stats(): {
    readonly recorded: number;
    readonly appended: number;
    readonly dropped: number;
    readonly buffered: number;
    readonly appends: number;
    readonly appendMs: number;
    readonly maxAppendMs: number;
  } {
    return { ...this.counts, buffered: this.buffer.length };
  }

  private async appendBuffered(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const reads = this.buffer;
    this.buffer = [];
    if (reads.length === 0) return;
    const byStream = new Map<string, AuditRead[]>();
    for (const read of reads) {
      const streamId = auditReadStreamId(read.readAt);
      const batch = byStream.get(streamId);
      if (batch) batch.push(read);
      else byStream.set(streamId, [read]);
    }
    const failed: AuditRead[] = [];
    for (const [streamId, batch] of byStream) {
      for (let i = 0; i < batch.length; i += 1000) {
        const part = batch.slice(i, i + 1000);
        const started = performance.now();
        try {
          await this.store.append(
            streamId,
            part.map((read) => ({
              type: AUDIT_RECORD_READ,
              data: { ...read },
              metadata: { actorId: read.subject, role: read.role, ...(read.county ? { county: read.county } : {}), occurredAt: read.readAt },
            })),
            { expectedVersion: 'any' },
          );
          const ms = performance.now() - started;
          this.counts.appended += part.length;
          this.counts.appends += 1;
          this.counts.appendMs += ms;
          this.counts.maxAppendMs = Math.max(this.counts.maxAppendMs, ms);
        } catch (error) {
          failed.push(...part);
          this.options.onError?.(error);
        }
      }
    }
    if (failed.length > 0) this.requeue(failed);
  }

  private requeue(failed: AuditRead[]): void {
    this.buffer = [...failed, ...this.buffer];
    const over = this.buffer.length - this.maxBuffered;
    if (over > 0) {
      this.buffer = this.buffer.slice(over);
      this.counts.dropped += over;
      this.options.onError?.(
        new CertflowError('audit.reads-dropped', {
          zh: `审计查阅记录缓冲区已满，丢弃了 ${over} 条查阅记录`,
          en: `the audit-read buffer is full: ${over} read records dropped`,
        }),
      );
    }
    this.timer ??= setTimeout(() => void this.flush(), this.flushMs).unref();
  }
}

export interface AuditReadQuery {
  /** Asia/Shanghai calendar days, inclusive. */
  readonly fromDay: string;
  readonly toDay: string;
  readonly subject?: string;
  readonly role?: string;
}

/** Reads recorded on some days, in log order, read straight from the day streams. */
export async function listAuditReads(store: Pick<EventStore, 'readStream'>, query: AuditReadQuery): Promise<RecordedEvent<typeof AUDIT_RECORD_READ, AuditRead>[]> {
  const out: RecordedEvent<typeof AUDIT_RECORD_READ, AuditRead>[] = [];
  for (let day = query.fromDay; day <= query.toDay; day = nextDay(day)) {
    const events = (await store.readStream(`${STREAM_PREFIX}${day}`)) as RecordedEvent<typeof AUDIT_RECORD_READ, AuditRead>[];
    for (const event of events) {
      if (event.type !== AUDIT_RECORD_READ) continue;
      if (query.subject !== undefined && event.data.subject !== query.subject) continue;
      if (query.role !== undefined && event.data.role !== query.role) continue;
      out.push(event);
    }
  }
  return out;
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}
