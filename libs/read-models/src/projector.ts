import { CertflowError } from '@certflow/errors';
import { cursorPassed, readUpTo, type Cursor, type EventStore, type RecordedEvent, type Subscription } from '@certflow/event-store';
import { processLogger } from '@certflow/observability';
import { applyEvent, type DocumentChange, type Projection, type ReadModelDocument } from './projection.js';
import { rebuild, type RebuildProgress } from './rebuild.js';
import { ReadModelConflictError, type KeyedChange, type ProjectionCheckpoint, type ReadModelStore } from './store.js';

/** Where one projection stands against the log (what /health shows). */
export interface ProjectionStatus {
  readonly name: string;
  /** Log position the projection has read up to. */
  readonly position: number;
  /** Events in the log past that position. */
  readonly lag: number;
  /** True while the projection is being rebuilt and its documents are incomplete. */
  readonly rebuilding?: boolean;
}

export class ReadModelsTimeoutError extends CertflowError {
  constructor(
    readonly minPosition: number,
    readonly timeoutMs: number,
    readonly behind: readonly ProjectionStatus[],
  ) {
    const where = behind.map((p) => `${p.name} at ${p.position}`).join(', ');
    super('read-models.timeout', {
      zh: `查询数据未能在 ${timeoutMs} 毫秒内更新到位置 ${minPosition}（${where}）`,
      en: `the read models did not reach position ${minPosition} within ${timeoutMs} ms (${where})`,
    });
  }
}

export class ProjectorStoppedError extends CertflowError {
  constructor(message: string) {
    super('read-models.stopped', { zh: '投影程序已停止', en: message });
  }
}

export interface ProjectorOptions {
  readonly batchSize?: number;
  readonly pollIntervalMs?: number;
  readonly retryDelayMs?: number;
  /**
   * A projection further behind than this at start catches up through the rebuild path. Given,
   * it also overrides the store's `rebuildPast`.
   */
  readonly bulkCatchUpThreshold?: number;
  /**
   * Another process serves reads from these read models (`certflow worker` beside
   * `serve --only api`): none is dropped to be rebuilt from nothing (the store's `rebuildPast`),
   * since that process would answer from an empty or partial collection meanwhile.
   */
  readonly readsServedElsewhere?: boolean;
  readonly memoryBudgetMb?: number;
  readonly onError?: (projection: string, error: unknown) => void;
  /** Progress of the rebuild start() may run (always, on the memory store). */
  readonly onRebuildProgress?: (progress: RebuildProgress) => void;
}

const DEFAULT_BULK_THRESHOLD = 10_000;
/**
 * Events a subscription reads at a time. Near the head a page holds what came since the last
 * one, so the size only matters behind it: there each page of a MongoDB read model costs one
 * lookup, one write and one checkpoint, each a round trip, and a document changed by several
 * events of a page is written once. The memory store pays nothing per page, and a page is
 * applied without yielding to the requests the same process serves: it keeps small ones.
 */
const DEFAULT_BATCH_SIZE = { memory: 500, mongodb: 5_000 } as const;

/**
 * Keeps read models up to date: one catch-up subscription per projection, its checkpoint kept
 * in the read-model store beside the documents. At start, a projection without documents (the
 * memory store, always), or one in the middle of a rebuild, or one far behind, is brought up to
 * date by `rebuild` first.
 */
export class Projector {
  private readonly subscriptions: Subscription[] = [];
  /** Each projection's cursor as last saved: on PostgreSQL its position alone says little. */
  private readonly cursors = new Map<string, Cursor>();
  /** A pass over the waiters that asks the log is running, and whether another is due after it. */
  private checking: Promise<void> | undefined;
  private checkAgain = false;
  /** Checkpoints saved per projection: changes whenever its documents may have changed. */
  private readonly saves = new Map<string, number>();
  private readonly rebuilding = new Set<string>();
  private readonly waiters = new Set<Waiter>();
  private readonly abort = new AbortController();
  private started: Promise<void> | undefined;
  private stopped = false;

  constructor(
    readonly eventStore: EventStore,
    readonly store: ReadModelStore,
    readonly projections: readonly Projection<ReadModelDocument>[],
    private readonly options: ProjectorOptions = {},
  ) {
  }

  /** Resolves once every projection is up to date and subscribed. */
  start(): Promise<void> {
    this.started ??= this.run();
    return this.started;
  }

  /**
   * Resolves once every projection has read the log up to `minPosition`: every event at or below
   * it that was committed when asked. Where positions commit out of order (PostgreSQL) the log is
   * asked: a cursor's position may stand below the head for good (the last transaction to commit
   * took lower positions), or above an event still ahead of it (a page ended between the two).
   */
  waitFor(minPosition: number, timeoutMs: number): Promise<void> {
    if (this.reached(minPosition) === true) return Promise.resolve();
    if (this.stopped) return Promise.reject(new ProjectorStoppedError('the projector is stopped'));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        minPosition,
        resolve: () => {
          clearTimeout(waiter.timer);
          this.waiters.delete(waiter);
          resolve();
        },
        reject: (error) => {
          clearTimeout(waiter.timer);
          this.waiters.delete(waiter);
          reject(error);
        },
        timer: setTimeout(() => waiter.reject(new ReadModelsTimeoutError(minPosition, timeoutMs, this.behind(minPosition))), timeoutMs),
      };
      this.waiters.add(waiter);
      if (this.reached(minPosition) === undefined) this.askTheLog();
    });
  }

  /**
   * A value that changes each time this projector saves a checkpoint of `projection` (after the
   * documents it covers were written), known without asking the store: what a reader in the same
   * process can key answers by. Undefined before the first checkpoint and while rebuilding. Only
   * this projector's writes move it; the order of PostgreSQL's subscription means a position
   * alone might not.
   */
  generation(projection: string): number | undefined {
    if (this.rebuilding.has(projection) || this.stopped) return undefined;
    return this.saves.get(projection);
  }

  async status(): Promise<ProjectionStatus[]> {
    const head = await this.eventStore.headPosition();
    const positions = await Promise.all(
      this.projections.map(({ name }) => (this.rebuilding.has(name) ? this.positionOf(name) : readUpTo(this.eventStore, this.cursors.get(name), head))),
    );
    return this.projections.map((projection, index) => {
      const position = positions[index]!;
      return {
        name: projection.name,
        position,
        lag: Math.max(0, head - position),
        ...(this.rebuilding.has(projection.name) ? { rebuilding: true } : {}),
      };
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    await this.started?.catch(() => undefined);
    await this.checking;
    await Promise.all(this.subscriptions.map((subscription) => subscription.stop()));
    this.subscriptions.length = 0;
    for (const waiter of [...this.waiters]) waiter.reject(new ProjectorStoppedError('the projector stopped'));
  }

  private async run(): Promise<void> {
    await this.store.init(this.projections);
    const head = await this.eventStore.headPosition();
    const threshold = this.options.bulkCatchUpThreshold ?? DEFAULT_BULK_THRESHOLD;
    const rebuildPast = this.options.bulkCatchUpThreshold === undefined && !this.options.readsServedElsewhere ? this.store.rebuildPast : undefined;
    const behind: Projection<ReadModelDocument>[] = [];
    const afresh: Projection<ReadModelDocument>[] = [];
    for (const projection of this.projections) {
      const checkpoint = await this.store.loadCheckpoint(projection.name);
      if (checkpoint && !checkpoint.rebuild) this.markSaved(projection.name, checkpoint.cursor);
      const lag = checkpoint ? head - checkpoint.cursor.position : Number.POSITIVE_INFINITY;
      if (!checkpoint || checkpoint.rebuild || lag > threshold) behind.push(projection);
      else if (rebuildPast !== undefined && !projection.writesOnce && lag > rebuildPast) afresh.push(projection);
    }
    behind.push(...afresh);
    if (behind.length > 0) {
      for (const projection of behind) this.rebuilding.add(projection.name);
      let aborted = false;
      try {
        ({ aborted } = await rebuild(this.eventStore, this.store, behind, {
          resume: true,
          afresh: afresh.map((projection) => projection.name),
          signal: this.abort.signal,
          ...(this.options.memoryBudgetMb !== undefined ? { memoryBudgetMb: this.options.memoryBudgetMb } : {}),
          ...(this.options.onRebuildProgress ? { onProgress: this.options.onRebuildProgress } : {}),
          onCheckpoint: (name, checkpoint) => this.markSaved(name, checkpoint.cursor),
        }));
      } finally {
        this.rebuilding.clear();
      }
      // Stopped in the middle, a fresh rebuild leaves partial documents under the old checkpoint.
      if (aborted || this.stopped) return;
      this.settleWaiters();
    }
    if (this.stopped) return;
    for (const projection of this.projections) this.subscriptions.push(this.subscribe(projection));
  }

  private subscribe(projection: Projection<ReadModelDocument>): Subscription {
    let highest = 0;
    return this.eventStore.subscribe(
      `projection:${projection.name}`,
      async (events) => {
        highest = Math.max(highest, await projectBatch(this.store, projection, events));
      },
      {
        types: projection.eventTypes,
        batchSize: this.options.batchSize ?? DEFAULT_BATCH_SIZE[this.store.kind],
        ...(this.options.pollIntervalMs !== undefined ? { pollIntervalMs: this.options.pollIntervalMs } : {}),
        ...(this.options.retryDelayMs !== undefined ? { retryDelayMs: this.options.retryDelayMs } : {}),
        onError: (error) =>
          this.options.onError
            ? this.options.onError(projection.name, error)
            : processLogger().error({ err: error, projection: projection.name }, 'projection failed, retrying'),
        checkpoints: {
          load: async () => {
            const checkpoint = await this.store.loadCheckpoint(projection.name);
            highest = checkpoint?.position ?? 0;
            return checkpoint?.cursor;
          },
          save: async (_name, cursor) => {
            const checkpoint: ProjectionCheckpoint = { cursor, position: highest };
            await this.store.saveCheckpoint(projection.name, checkpoint);
            this.markSaved(projection.name, cursor);
          },
        },
      },
    );
  }

  /** Moves the generation before waiters hear of the position, so none is answered from before it. */
  private markSaved(name: string, cursor: Cursor): void {
    this.saves.set(name, (this.saves.get(name) ?? 0) + 1);
    this.cursors.set(name, cursor);
    this.settleWaiters();
  }

  private settleWaiters(): void {
    let ask = false;
    for (const waiter of [...this.waiters]) {
      const reached = this.reached(waiter.minPosition);
      if (reached === true) waiter.resolve();
      else if (reached === undefined) ask = true;
    }
    if (ask) this.askTheLog();
  }

  /** Undefined when only the log can tell (a projection whose cursor carries a transaction id). */
  private reached(minPosition: number): boolean | undefined {
    let known: boolean | undefined = true;
    for (const projection of this.projections) {
      const reached = this.reachedBy(projection.name, minPosition);
      if (reached === false) return false;
      if (reached === undefined) known = undefined;
    }
    return known;
  }

  private reachedBy(name: string, minPosition: number): boolean | undefined {
    if (this.rebuilding.has(name)) return false;
    if (this.cursors.get(name)?.transactionId !== undefined) return undefined;
    return this.positionOf(name) >= minPosition;
  }

  /**
   * One pass at a time over the waiters the positions cannot settle. Pending is monotone in the
   * position (an event ahead of a cursor at or below one position is so for every higher one), so
   * each projection is asked about the highest position waited for, and only when something is
   * pending there, bisected over the others: a few queries a pass however many reads wait.
   * A save during the pass calls for another; a failed pass is tried again later.
   */
  private askTheLog(): void {
    if (this.stopped) return;
    if (this.checking) {
      this.checkAgain = true;
      return;
    }
    this.checking = (async () => {
      try {
        do {
          this.checkAgain = false;
          await this.settleFromTheLog();
        } while (this.checkAgain && this.waiters.size > 0 && !this.stopped);
      } catch (error) {
        if (this.stopped) return;
        processLogger().warn({ err: error }, 'read models: could not ask the log how far they are, asking again');
        setTimeout(() => this.askTheLog(), this.options.retryDelayMs ?? 500).unref();
      } finally {
        this.checking = undefined;
      }
    })();
  }

  private async settleFromTheLog(): Promise<void> {
    // Only the reads waiting when the log is asked: one that came later may wait for an event
    // committed after the answer.
    const waiting = [...this.waiters];
    const positions = [...new Set(waiting.map((waiter) => waiter.minPosition))].sort((a, b) => a - b);
    const highestReached = new Map<string, number>();
    await Promise.all(
      this.projections.map(async ({ name }) => {
        const cursor = this.cursors.get(name);
        if (cursor?.transactionId === undefined || this.rebuilding.has(name)) return;
        // Invariant: positions[0..low] reached, positions[high..] pending.
        let low = -1;
        let high = positions.length;
        let probe = high - 1;
        while (low + 1 < high) {
          if (await this.eventStore.hasPendingUpTo(cursor, positions[probe]!)) high = probe;
          else low = probe;
          probe = (low + high) >> 1;
        }
        highestReached.set(name, low >= 0 ? positions[low]! : 0);
      }),
    );
    for (const waiter of waiting) {
      if (!this.waiters.has(waiter)) continue;
      const reached = this.projections.every(({ name }) => {
        const known = this.reachedBy(name, waiter.minPosition);
        return known ?? waiter.minPosition <= (highestReached.get(name) ?? 0);
      });
      if (reached) waiter.resolve();
    }
  }

  /** The projections not known to have reached `minPosition`, for the timeout's message. */
  private behind(minPosition: number): ProjectionStatus[] {
    return this.projections
      .filter(({ name }) => this.reachedBy(name, minPosition) !== true)
      .map(({ name }) => ({ name, position: this.positionOf(name), lag: 0 }));
  }

  private positionOf(name: string): number {
    return this.cursors.get(name)?.position ?? 0;
  }
}

interface Waiter {
  readonly minPosition: number;
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * Applies one batch to one projection: loads the documents its events touch, applies the events
 * in order (a document changed by an earlier event of the batch is carried to the next), and
 * writes each changed document once, in one write, on the condition that it is still as loaded.
 * Returns the highest position applied (0 when nothing changed).
 *
 * A projection whose documents are written once skips the load: its documents are inserted as
 * new, and only when one is found stored already (its event applied before a crash cut the
 * batch short) is the batch applied again over what the store holds.
 */
export async function projectBatch<D extends ReadModelDocument>(
  store: ReadModelStore,
  projection: Projection<D>,
  events: readonly RecordedEvent[],
): Promise<number> {
  const types = new Set(projection.eventTypes);
  const work: [RecordedEvent, string][] = [];
  const keys = new Set<string>();
  for (const event of events) {
    if (!types.has(event.type)) continue;
    for (const key of projection.keys(event)) {
      work.push([event, key]);
      keys.add(key);
    }
  }
  if (work.length === 0) return 0;
  if (projection.writesOnce) {
    try {
      return await applyOver(store, projection, work, new Map());
    } catch (error) {
      if (!(error instanceof ReadModelConflictError)) throw error;
    }
  }
  return applyOver(store, projection, work, await store.load<D>(projection.collection, [...keys]));
}

/** Applies the work over the documents given as stored, and writes what changed on that condition. */
async function applyOver<D extends ReadModelDocument>(
  store: ReadModelStore,
  projection: Projection<D>,
  work: readonly [RecordedEvent, string][],
  loaded: ReadonlyMap<string, D>,
): Promise<number> {
  const current = new Map<string, D | undefined>(loaded);
  const changes = new Map<string, DocumentChange<D>>();
  let highest = 0;
  for (const [event, key] of work) {
    const change = applyEvent(projection, current.get(key), event, key);
    if (!change) continue;
    current.set(key, 'put' in change ? change.put : undefined);
    changes.set(key, change);
    highest = Math.max(highest, event.globalPosition);
  }
  if (changes.size > 0) {
    const writes: KeyedChange<D>[] = [...changes].map(([key, change]) => ({ key, change, expected: loaded.get(key)?.lastPosition ?? null }));
    await store.write(projection.collection, writes);
  }
  return highest;
}

/**
 * waitFor and status for a process that reads the read models but does not project them (an API
 * beside a worker): it follows the checkpoints the projector saves.
 */
export class ReadModelWatcher {
  constructor(
    readonly eventStore: EventStore,
    readonly store: ReadModelStore,
    readonly projections: readonly Projection<ReadModelDocument>[],
    private readonly pollIntervalMs = 50,
  ) {}

  async waitFor(minPosition: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const behind = await this.notReached(minPosition);
      if (behind.length === 0) return;
      if (Date.now() >= deadline) throw new ReadModelsTimeoutError(minPosition, timeoutMs, behind);
      await new Promise((resolve) => setTimeout(resolve, Math.min(this.pollIntervalMs, Math.max(1, deadline - Date.now()))));
    }
  }

  async status(): Promise<ProjectionStatus[]> {
    const head = await this.eventStore.headPosition();
    return Promise.all(
      (await this.checkpoints(head)).map(async ({ status, cursor }) => {
        const position = cursor ? await readUpTo(this.eventStore, cursor, head) : status.position;
        return { ...status, position, lag: Math.max(0, head - position) };
      }),
    );
  }

  /** As the projector's waitFor: where positions commit out of order, the log says whether a cursor passed one. */
  private async notReached(minPosition: number): Promise<ProjectionStatus[]> {
    const standing = await this.checkpoints(await this.eventStore.headPosition());
    const reached = await Promise.all(
      standing.map(({ status, cursor }) => {
        if (status.rebuilding) return false;
        return cursor ? cursorPassed(this.eventStore, cursor, minPosition) : minPosition <= 0;
      }),
    );
    return standing.filter((_, index) => !reached[index]).map(({ status }) => status);
  }

  private async checkpoints(head: number): Promise<{ status: ProjectionStatus; cursor?: Cursor }[]> {
    return Promise.all(
      this.projections.map(async (projection) => {
        const checkpoint = await this.store.loadCheckpoint(projection.name);
        const usable = checkpoint && !checkpoint.rebuild ? checkpoint : undefined;
        const position = usable?.cursor.position ?? 0;
        const status = { name: projection.name, position, lag: Math.max(0, head - position), ...(checkpoint?.rebuild ? { rebuilding: true } : {}) };
        return usable ? { status, cursor: usable.cursor } : { status };
      }),
    );
  }
}
