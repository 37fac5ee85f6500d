import { processLogger } from '@certflow/observability';
import type { RecordedEvent } from './envelope.js';

/** `cursor`: where the subscription stands once the batch is handled (the events of other types read with it included). */
export type EventBatchHandler = (events: readonly RecordedEvent[], cursor?: Cursor) => Promise<void> | void;

/**
 * Where a subscriber stands in the log. SQLite orders by position alone; PostgreSQL orders by
 * (transaction id, position) because positions are taken before commit and can commit out of
 * order.
 */
export interface Cursor {
  readonly position: number;
  readonly transactionId?: string;
}

export const START: Cursor = { position: 0 };

/**
 * The cursor further along the log. PostgreSQL cursors compare by (transaction id, position), the
 * order its subscriptions read in; a cursor without a transaction id (SQLite) by position.
 */
export function laterCursor(a: Cursor, b: Cursor): Cursor {
  if (a.transactionId !== undefined && b.transactionId !== undefined) {
    const ta = BigInt(a.transactionId);
    const tb = BigInt(b.transactionId);
    if (ta !== tb) return ta > tb ? a : b;
  }
  return b.position > a.position ? b : a;
}

/**
 * Whether a subscriber standing at `cursor` has read every event at or below `position`. A
 * PostgreSQL cursor (with a transaction id) may stand below a position it has read past, or above
 * one still ahead of it: there the log is asked. Elsewhere the cursor's position says it.
 */
export async function cursorPassed(source: Pick<SubscriptionSource, 'hasPendingUpTo'>, cursor: Cursor, position: number): Promise<boolean> {
  if (cursor.transactionId === undefined) return cursor.position >= position;
  return !(await source.hasPendingUpTo(cursor, position));
}

/**
 * How far a subscriber standing at `cursor` has read, for lag figures (/health, metrics): the
 * head once it has read past it, so that a PostgreSQL cursor left below the head by the last
 * transaction to commit shows no lag that would never clear.
 */
export async function readUpTo(source: Pick<SubscriptionSource, 'hasPendingUpTo'>, cursor: Cursor | undefined, head: number): Promise<number> {
  const position = cursor?.position ?? 0;
  if (!cursor || position >= head) return position;
  return (await cursorPassed(source, cursor, head)) ? head : position;
}

export interface SubscriptionOptions {
  readonly batchSize?: number;
  /** Only these types reach the handler; the checkpoint still moves past the others. */
  readonly types?: readonly string[];
  /** How often to look for events appended by other processes. */
  readonly pollIntervalMs?: number;
  readonly retryDelayMs?: number;
  readonly onError?: (error: unknown) => void;
  /**
   * Where the checkpoint lives when not in the event store: a projector keeps it beside the
   * documents it describes (same database), so both are lost or kept together.
   */
  readonly checkpoints?: CheckpointStore;
}

export interface CheckpointStore {
  load(name: string): Promise<Cursor | undefined>;
  save(name: string, cursor: Cursor): Promise<void>;
}

export interface Subscription {
  readonly name: string;
  /** Global position of the last event the handler finished (0 before any). */
  readonly position: number;
  /** Where it stands in the log; on PostgreSQL with the transaction id its position alone lacks. */
  readonly cursor: Cursor;
  /** Resolves once every event committed before this call has been handled. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

/** What an adapter provides so that every store shares one subscription loop. */
export interface SubscriptionSource {
  loadCheckpoint(name: string): Promise<Cursor | undefined>;
  saveCheckpoint(name: string, cursor: Cursor): Promise<void>;
  readAfter(cursor: Cursor, limit: number): Promise<{ events: RecordedEvent[]; cursor: Cursor }>;
  headPosition(): Promise<number>;
  /**
   * Whether an event at or below `position` is still to come after `cursor`. On PostgreSQL a
   * committed event can wait behind an older open transaction anywhere in the cluster, so an
   * empty read alone does not mean caught up.
   */
  hasPendingUpTo(cursor: Cursor, position: number): Promise<boolean>;
  /** Registers a wake-up for appends made in this process; returns the unregister function. */
  onAppended(listener: () => void): () => void;
}

export class CatchUpSubscription implements Subscription {
  private stopped = false;
  private at: Cursor = START;
  private readCount = 0;
  private wake: (() => void) | undefined;
  private readonly idleWaiters: { afterRead: number; target: Promise<number>; resolve: () => void }[] = [];
  private readonly done: Promise<void>;
  private readonly unlisten: () => void;

  constructor(
    readonly name: string,
    private readonly source: SubscriptionSource,
    private readonly handler: EventBatchHandler,
    private readonly options: SubscriptionOptions = {},
  ) {
    this.unlisten = source.onAppended(() => this.wake?.());
    this.done = this.run();
  }

  get position(): number {
    return this.at.position;
  }

  get cursor(): Cursor {
    return this.at;
  }

  caughtUp(): Promise<void> {
    return new Promise((resolve) => {
      this.idleWaiters.push({ afterRead: this.readCount, target: this.source.headPosition(), resolve });
      this.wake?.();
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unlisten();
    this.wake?.();
    await this.done;
  }

  private async run(): Promise<void> {
    const batchSize = this.options.batchSize ?? 500;
    const types = this.options.types ? new Set(this.options.types) : undefined;
    try {
      this.at = (await (this.options.checkpoints?.load(this.name) ?? this.source.loadCheckpoint(this.name))) ?? START;
    } catch (error) {
      this.report(error);
    }
    while (!this.stopped) {
      try {
        const readNumber = ++this.readCount;
        const batch = await this.source.readAfter(this.at, batchSize);
        if (batch.events.length === 0) {
          if (this.idleWaiters.length > 0) await this.settleIdleWaiters(readNumber);
          await this.sleep(this.options.pollIntervalMs ?? 100);
          continue;
        }
        const relevant = types ? batch.events.filter((event) => types.has(event.type)) : batch.events;
        if (relevant.length > 0) await this.handler(relevant, batch.cursor);
        await (this.options.checkpoints?.save(this.name, batch.cursor) ?? this.source.saveCheckpoint(this.name, batch.cursor));
        this.at = batch.cursor;
      } catch (error) {
        this.report(error);
        await this.sleep(this.options.retryDelayMs ?? 500);
      }
    }
  }

  private async settleIdleWaiters(readNumber: number): Promise<void> {
    for (const waiter of [...this.idleWaiters]) {
      if (readNumber <= waiter.afterRead) continue;
      if (await this.source.hasPendingUpTo(this.at, await waiter.target)) continue;
      this.idleWaiters.splice(this.idleWaiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  }

  private report(error: unknown): void {
    if (this.options.onError) this.options.onError(error);
    else processLogger().error({ err: error, subscription: this.name }, 'subscription failed, retrying');
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(finish, ms);
      function finish() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = () => {
        this.wake = undefined;
        finish();
      };
    });
  }
}
