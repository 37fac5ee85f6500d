import { START, type Cursor, type EventStore, type RecordedEvent, type Subscription } from '@certflow/event-store';
import { KeySet, compareCursors, keyFraction } from './key-hash.js';
import { BUCKETS, RebuildSpill, bucketOf } from './rebuild-spill.js';
import { applyEvent, type DocumentChange, type Projection, type ReadModelDocument } from './projection.js';
import { ReadModelConflictError, type KeyedChange, type ProjectionCheckpoint, type ReadModelStore } from './store.js';

export interface RebuildOptions {
  /**
   * Continue from the saved checkpoints (after a crash, or a projector that fell far behind)
   * instead of dropping the read models first. A projection without a checkpoint is dropped
   * and rebuilt either way.
   */
  readonly resume?: boolean;
  /** With `resume`: these projections (by name) are dropped and rebuilt all the same. */
  readonly afresh?: readonly string[];
  readonly onProgress?: (progress: RebuildProgress) => void;
  /** Least time between two progress reports (a final one always comes). */
  readonly progressIntervalMs?: number;
  /** Events read from the log at a time. */
  readonly pageSize?: number;
  /**
   * Memory the documents held between writes may take (estimated). Past it, documents written
   * once are flushed and forgotten; documents that keep changing are built in slices of their
   * key space, one pass over the log per slice, so that each is still written only once.
   */
  readonly memoryBudgetMb?: number;
  readonly signal?: AbortSignal;
  /**
   * Where the scratch copy of the log goes when a read model is built in slices (default: the
   * system's temporary folder); `false` reads the log once per slice instead.
   */
  readonly scratchDir?: string | false;
  /** Called after each checkpoint a projection saves on its way (for status and waitFor). */
  readonly onCheckpoint?: (projection: string, checkpoint: ProjectionCheckpoint) => void;
}

export interface RebuildProgress {
  /** 1 for the first pass over the log. */
  readonly pass: number;
  /** Passes expected, as far as can be told (grows when a read model needs more slices). */
  readonly passes: number;
  /** Events read, all passes together, and the expected total. */
  readonly events: number;
  readonly total: number;
  readonly eventsPerSecond: number;
  readonly etaSeconds: number | undefined;
  readonly elapsedMs: number;
  readonly finished: boolean;
}

export interface RebuildResult {
  readonly projections: readonly string[];
  /** Events of the log the rebuild covered. */
  readonly events: number;
  /** Events read, all passes together. */
  readonly eventsRead: number;
  /** Passes over the events: the first over the log, later ones over the scratch copy (or the log). */
  readonly passes: number;
  readonly elapsedMs: number;
  /** The log position the read models reached. */
  readonly position: number;
  readonly aborted: boolean;
}

const DEFAULT_PAGE_SIZE = 5_000;
const DEFAULT_BUDGET_MB = 256;
/** Documents take about this many bytes of heap per character of their JSON (measured: 1.4 to 1.8). */
const HEAP_PER_JSON_BYTE = 2;
const WRITE_CHUNK = 5_000;
/** Below this share of updates among its writes, a projection's documents are written once. */
const WRITE_ONCE_UPDATE_RATIO = 0.25;
const WRITES_TO_JUDGE = 20;
const SMALLEST_SLICE = 1 / BUCKETS;
/** Below this many events, slices re-read the log rather than keep a scratch copy. */
const SCRATCH_FROM_EVENTS = 20_000;
/** A slice read from the scratch copy is planned to fill this share of the budget, so that the next one can be built while it is written. */
const SLICE_SHARE = 0.45;

/**
 * Drops the read models and replays the log into them (or continues a rebuild that stopped
 * midway). Documents stay in memory until written, so each is written about once, new ones as
 * inserts (the cheap writes in every store), while the log goes on being read.
 */
export async function rebuild(
  eventStore: EventStore,
  store: ReadModelStore,
  projections: readonly Projection<ReadModelDocument>[],
  options: RebuildOptions = {},
): Promise<RebuildResult> {
  return new RebuildRun(eventStore, store, projections, options).run();
}

type Mode =
  /** Memory store: every page is loaded, applied and written at once. */
  | 'direct'
  /** Documents stream through a bounded cache; the checkpoint follows the writes. */
  | 'stream'
  /** Documents whose key falls in [lo, hi) are built over a whole pass, then written. */
  | 'slice'
  | 'done';

interface Entry {
  document: ReadModelDocument | undefined;
  /** lastPosition of the stored document, null when none is stored. */
  stored: number | null;
  dirty: boolean;
}

class RebuildRun {
  private readonly started = performance.now();
  private readonly pageSize: number;
  private readonly budgetBytes: number;
  private lastReport = -Infinity;
  private pass = 0;
  private passFrom = 0;
  private passHead = 0;
  private readBefore = 0;
  private startPosition = 0;
  private cursor: Cursor = START;
  private failure: unknown;
  private aborted = false;
  private parts: Part[] = [];
  private spill: RebuildSpill | undefined;
  private spilled = 0;
  private readFromSpill = 0;

  constructor(
    private readonly eventStore: EventStore,
    private readonly store: ReadModelStore,
    private readonly projections: readonly Projection<ReadModelDocument>[],
    private readonly options: RebuildOptions,
  ) {
    this.pageSize = Math.min(options.pageSize ?? DEFAULT_PAGE_SIZE, 10_000);
    this.budgetBytes = (options.memoryBudgetMb ?? DEFAULT_BUDGET_MB) * 1024 * 1024;
  }

  async run(): Promise<RebuildResult> {
    await this.store.init(this.projections);
    const head = await this.eventStore.headPosition();
    for (const projection of this.projections) this.parts.push(await this.prepare(projection, head));
    const starts = this.parts.filter((part) => part.mode !== 'done').map((part) => part.from.position);
    this.startPosition = starts.length > 0 ? Math.min(...starts) : head;
    const freshSlices = this.parts.some((part) => part.mode === 'slice' && part.isFresh);
    if (freshSlices && this.options.scratchDir !== false && head - this.startPosition >= SCRATCH_FROM_EVENTS) {
      this.spill = RebuildSpill.create(this.options.scratchDir);
    }
    let position = this.startPosition;
    try {
      while (!this.aborted && this.parts.some((part) => part.mode !== 'done')) {
        const active = this.parts.filter((part) => part.mode !== 'done');
        const from = active.map((part) => part.from).reduce((a, b) => (compareCursors(a, b) <= 0 ? a : b));
        await this.readPass(active, from);
        if (this.aborted) {
          for (const part of active) await part.abandon(this.cursor);
          break;
        }
        const spill = this.spill;
        // Measured before finishPass writes and forgets the first slice's documents.
        const densities = spill ? active.map((part) => part.sliceDensity(spill.bucketBytes(this.parts.indexOf(part)))) : [];
        for (const part of active) await part.finishPass(this.cursor);
        position = Math.max(position, this.cursor.position);
        if (spill) {
          for (const [i, part] of active.entries()) if (part.mode === 'slice' && !this.aborted) await this.slicesFromSpill(part, densities[i]!);
          spill.close();
          this.spill = undefined;
        }
      }
      for (const part of this.parts) await part.settle();
    } finally {
      this.spill?.close();
      // Writes still under way finish (or fail) before the caller hears of the outcome.
      await Promise.all(this.parts.map((part) => part.settle().catch(() => undefined)));
    }
    this.report(true);
    return {
      projections: this.projections.map((p) => p.name),
      events: Math.max(0, position - this.startPosition),
      eventsRead: this.eventsRead(),
      passes: this.pass,
      elapsedMs: performance.now() - this.started,
      position,
      aborted: this.aborted,
    };
  }

  /**
   * The remaining slices of one read model, each built from the events of its buckets in the
   * scratch copy, up to where the first pass read.
   */
  private async slicesFromSpill(part: Part, density: number): Promise<void> {
    const index = this.parts.indexOf(part);
    const bytes = this.spill!.bucketBytes(index);
    const end = this.cursor;
    while (part.mode === 'slice' && !this.aborted) {
      this.pass += 1;
      const from = Math.floor(part.lo * BUCKETS);
      part.planSlice(bytes, density, this.budgetBytes * SLICE_SHARE);
      part.startPass();
      for (const page of this.spill!.events(index, from, Math.ceil(part.hi * BUCKETS), this.pageSize)) {
        if (this.options.signal?.aborted) this.aborted = true;
        if (this.aborted) break;
        await part.apply(page);
        this.readFromSpill += page.length;
        await this.keepWithinBudget([part], end);
        this.report(false);
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (this.aborted) await part.abandon(end);
      else await part.finishPass(end);
    }
  }

  private async prepare(projection: Projection<ReadModelDocument>, head: number): Promise<Part> {
    const direct = this.store.kind === 'memory';
    const resumes = this.options.resume && !this.options.afresh?.includes(projection.name);
    const checkpoint = resumes ? await this.store.loadCheckpoint(projection.name) : undefined;
    const part = new Part(projection, this.store, this.options.onCheckpoint);
    if (!checkpoint) {
      await this.store.drop(projection);
      part.begin(direct ? 'direct' : 'slice', { fresh: true });
    } else if (checkpoint.rebuild) {
      part.begin('slice', { checkpoint, lo: checkpoint.rebuild.done, end: checkpoint.rebuild.end });
    } else if (checkpoint.cursor.position >= head && checkpoint.cursor.transactionId === undefined) {
      part.begin('done', { checkpoint });
    } else if (direct) {
      part.begin('direct', { checkpoint });
    } else {
      part.begin('stream', { checkpoint, known: await this.storedKeys(projection, checkpoint.position) });
    }
    return part;
  }

  /** Keys any event up to `position` touched: the documents a resumed stream may find stored. */
  private async storedKeys(projection: Projection<ReadModelDocument>, position: number): Promise<KeySet> {
    const known = new KeySet();
    let after = 0;
    while (after < position) {
      const page = await this.eventStore.readAll({ after, limit: this.pageSize, types: projection.eventTypes });
      if (page.length === 0) break;
      for (const event of page) {
        if (event.globalPosition > position) return known;
        for (const key of projection.keys(event)) known.add(key);
      }
      after = page.at(-1)!.globalPosition;
    }
    return known;
  }

  private async readPass(parts: Part[], from: Cursor): Promise<void> {
    this.pass += 1;
    this.readBefore = this.eventsRead();
    this.passFrom = from.position;
    this.passHead = await this.eventStore.headPosition();
    this.cursor = from;
    for (const part of parts) part.startPass();
    const types = [...new Set(parts.flatMap((part) => part.projection.eventTypes))];
    let subscription: Subscription | undefined;
    let removeAbortListener = () => {};
    const stopped = new Promise<void>((resolve) => {
      const fail = (error: unknown) => {
        this.failure ??= error;
        resolve();
      };
      const onAbort = () => {
        this.aborted = true;
        resolve();
      };
      if (this.options.signal?.aborted) return onAbort();
      this.options.signal?.addEventListener('abort', onAbort, { once: true });
      removeAbortListener = () => this.options.signal?.removeEventListener('abort', onAbort);
      subscription = this.eventStore.subscribe(
        `rebuild:${parts.map((part) => part.projection.name).join(',')}`,
        async (events) => {
          for (const part of parts) await part.apply(events);
          if (this.spill && this.pass === 1) this.spillEvents(events);
        },
        {
          batchSize: this.pageSize,
          types,
          pollIntervalMs: 20,
          retryDelayMs: 50,
          onError: fail,
          checkpoints: {
            load: async () => from,
            save: async (_name, cursor) => {
              this.cursor = cursor;
              for (const part of parts) await part.afterPage(cursor);
              await this.keepWithinBudget(parts, cursor);
              this.report(false);
              // A synchronous store (SQLite, memory) would otherwise hold the event loop for the whole pass.
              await new Promise((resolve) => setImmediate(resolve));
            },
          },
        },
      );
      subscription.caughtUp().then(resolve, fail);
    });
    await stopped;
    removeAbortListener();
    await subscription?.stop();
    if (this.failure !== undefined) throw this.failure;
  }

  /**
   * Memory held = documents in the caches + documents handed to writes not yet done. Over the
   * budget, the writes are waited for first; then the largest cache gives way.
   */
  private async keepWithinBudget(parts: Part[], cursor: Cursor): Promise<void> {
    for (;;) {
      const held = (part: Part) => part.estimatedBytes() + part.writingBytes();
      const total = parts.reduce((sum, part) => sum + held(part), 0);
      if (total <= this.budgetBytes) return;
      if (parts.some((part) => part.writingBytes() > 0)) {
        for (const part of parts) await part.settle();
        continue;
      }
      const largest = parts.filter((part) => part.canShrink()).sort((a, b) => b.estimatedBytes() - a.estimatedBytes())[0];
      if (!largest) return;
      await largest.shrink(cursor, this.budgetBytes / Math.max(1, parts.length));
    }
  }

  /** Copies events to the scratch file under the buckets of the keys the sliced read models give them. */
  private spillEvents(events: readonly RecordedEvent[]): void {
    const sliced = this.parts.map((part, index) => [part, index] as const).filter(([part]) => part.mode === 'slice');
    if (sliced.length === 0) return;
    this.spilled += events.length;
    this.spill!.record(events, (event) => {
      const targets: [number, number][] = [];
      for (const [part, index] of sliced) {
        if (!part.reads(event)) continue;
        for (const key of part.projection.keys(event)) targets.push([index, bucketOf(key)]);
      }
      return targets;
    });
  }

  private eventsRead(): number {
    return this.readBefore + Math.max(0, this.cursor.position - this.passFrom) + this.readFromSpill;
  }

  private report(finished: boolean): void {
    if (!this.options.onProgress) return;
    const now = performance.now();
    if (!finished && now - this.lastReport < (this.options.progressIntervalMs ?? 250)) return;
    this.lastReport = now;
    const events = this.eventsRead();
    const perPass = Math.max(1, this.passHead - this.passFrom);
    let left: number;
    if (this.spill) {
      const first = this.pass === 1;
      const logLeft = first ? Math.max(0, this.passHead - this.cursor.position) : 0;
      left = logLeft + this.parts.reduce((sum, part) => (part.mode === 'slice' ? sum + (1 - (first ? part.hi : part.lo)) * (first ? perPass : this.spilled) : sum), 0);
    } else {
      const more = Math.max(0, ...this.parts.map((part) => part.passesLeftAfterThis()));
      left = this.readBefore + perPass * (1 + more) - events;
    }
    const total = finished ? events : events + Math.max(0, left);
    const passes = Math.max(1, this.pass) + (finished ? 0 : Math.max(0, ...this.parts.map((part) => part.passesLeftAfterThis())));
    const elapsedMs = now - this.started;
    const eventsPerSecond = elapsedMs > 0 ? (events / elapsedMs) * 1000 : 0;
    this.options.onProgress({
      pass: Math.max(1, this.pass),
      passes,
      events,
      total,
      eventsPerSecond,
      etaSeconds: finished ? 0 : eventsPerSecond > 0 ? (total - events) / eventsPerSecond : undefined,
      elapsedMs,
      finished,
    });
  }
}

/** One projection's share of a rebuild: its documents in memory, its slice, its checkpoint. */
class Part {
  mode: Mode = 'done';
  private readonly types: Set<string>;
  private readonly cache = new Map<string, Entry>();
  private known: KeySet | undefined;
  private checkpoint: ProjectionCheckpoint | undefined;
  private fresh = false;
  /** The slice of the key space being built: keys whose fraction is in [lo, hi). */
  lo = 0;
  hi = 1;
  private end: Cursor | undefined;
  private highest = 0;
  private creates = 0;
  private updates = 0;
  private averageBytes = 0;
  private samples = 0;
  private puts = 0;
  private passes = 0;
  /** The write under way in the background (one at a time), and what it holds. */
  private writing: Promise<void> | undefined;
  private pendingBytes = 0;
  private failure: unknown;

  constructor(
    readonly projection: Projection<ReadModelDocument>,
    private readonly store: ReadModelStore,
    private readonly onCheckpoint: RebuildOptions['onCheckpoint'],
  ) {
    this.types = new Set(projection.eventTypes);
  }

  begin(mode: Mode, start: { fresh?: boolean; checkpoint?: ProjectionCheckpoint; lo?: number; end?: Cursor; known?: KeySet }): void {
    this.mode = mode;
    this.fresh = start.fresh ?? false;
    this.checkpoint = start.checkpoint;
    this.lo = start.lo ?? 0;
    this.hi = 1;
    this.end = start.end;
    this.known = start.known;
    this.highest = start.checkpoint?.position ?? 0;
  }

  /** Where this projection's next pass starts reading. */
  get from(): Cursor {
    return this.mode === 'slice' ? START : (this.checkpoint?.cursor ?? START);
  }

  startPass(): void {
    this.passes += 1;
  }

  get isFresh(): boolean {
    return this.fresh;
  }

  reads(event: RecordedEvent): boolean {
    return this.types.has(event.type);
  }

  /**
   * Estimated memory per byte of event JSON of this slice's documents, from the slice just
   * built (NaN when unknown): it plans the next slices from the scratch copy's bucket sizes.
   */
  sliceDensity(bucketBytes: Float64Array): number {
    if (this.mode !== 'slice') return Number.NaN;
    let bytes = 0;
    for (let bucket = Math.floor(this.lo * BUCKETS); bucket < Math.ceil(this.hi * BUCKETS); bucket += 1) bytes += bucketBytes[bucket]!;
    return bytes > 0 ? this.estimatedBytes() / bytes : Number.NaN;
  }

  /** Sets `hi` so that the slice from `lo` is expected to take about `target` bytes. */
  planSlice(bucketBytes: Float64Array, density: number, target: number): void {
    let bucket = Math.floor(this.lo * BUCKETS);
    if (Number.isNaN(density)) {
      this.hi = 1;
      return;
    }
    let expected = 0;
    do {
      expected += bucketBytes[bucket]! * density;
      bucket += 1;
    } while (bucket < BUCKETS && expected + bucketBytes[bucket]! * density <= target);
    this.hi = bucket >= BUCKETS ? 1 : bucket / BUCKETS;
  }

  passesLeftAfterThis(): number {
    if (this.mode !== 'slice' || this.hi >= 1) return 0;
    return Math.ceil((1 - this.hi) / (this.hi - this.lo) - 1e-9);
  }

  async apply(events: readonly RecordedEvent[]): Promise<void> {
    this.rethrow();
    const skipUpTo = this.mode !== 'slice' && this.checkpoint && this.checkpoint.cursor.transactionId === undefined ? this.checkpoint.cursor.position : 0;
    const work: [RecordedEvent, string][] = [];
    for (const event of events) {
      if (!this.types.has(event.type) || event.globalPosition <= skipUpTo) continue;
      for (const key of this.projection.keys(event)) {
        if (this.mode === 'slice') {
          const at = keyFraction(key);
          if (at < this.lo || at >= this.hi) continue;
        }
        work.push([event, key]);
      }
    }
    if (work.length === 0) return;
    await this.loadMissing(work);
    const lru = this.mode === 'stream';
    for (const [event, key] of work) {
      let entry = this.cache.get(key);
      if (!entry) {
        entry = { document: undefined, stored: null, dirty: false };
        this.cache.set(key, entry);
      } else if (lru) {
        this.cache.delete(key);
        this.cache.set(key, entry);
      }
      const change = applyEvent(this.projection, entry.document, event, key);
      if (!change) continue;
      if (entry.document === undefined) this.creates += 1;
      else this.updates += 1;
      entry.document = 'put' in change ? change.put : undefined;
      entry.dirty = true;
      if (event.globalPosition > this.highest) this.highest = event.globalPosition;
      if (entry.document) {
        this.known?.add(key);
        // Direct mode holds nothing between pages, so it has no memory to estimate.
        if (this.mode !== 'direct') this.sampleSize(entry.document);
      }
    }
  }

  async afterPage(cursor: Cursor): Promise<void> {
    if (this.mode === 'direct') {
      await this.flush(cursor);
      await this.settle();
      this.cache.clear();
    }
  }

  estimatedBytes(): number {
    if (this.mode === 'direct' || this.mode === 'done') return 0;
    return this.cache.size * this.averageBytes * HEAP_PER_JSON_BYTE;
  }

  writingBytes(): number {
    return this.writing ? this.pendingBytes : 0;
  }

  canShrink(): boolean {
    if (this.mode === 'stream') return this.cache.size > 0;
    if (this.mode === 'slice') return this.switchesToStream() || this.hi - this.lo > SMALLEST_SLICE;
    return false;
  }

  /**
   * Frees memory: a stream writes what changed and forgets the oldest documents; a slice of
   * documents that are written once becomes a stream, any other slice is halved (the upper half
   * waits for a later pass).
   */
  async shrink(cursor: Cursor, share: number): Promise<void> {
    if (this.mode === 'slice' && this.switchesToStream()) {
      this.mode = 'stream';
      this.known = new KeySet();
      for (const key of this.cache.keys()) this.known.add(key);
    }
    if (this.mode === 'stream') {
      await this.flush(cursor);
      const target = Math.min(share, this.estimatedBytes()) / 2;
      for (const key of this.cache.keys()) {
        if (this.estimatedBytes() <= target) break;
        this.cache.delete(key);
      }
      return;
    }
    const middle = this.lo + (this.hi - this.lo) / 2;
    for (const key of [...this.cache.keys()]) if (keyFraction(key) >= middle) this.cache.delete(key);
    this.hi = middle;
  }

  async finishPass(cursor: Cursor): Promise<void> {
    if (this.mode === 'direct' || this.mode === 'stream') {
      await this.flush(cursor);
      this.finish();
      return;
    }
    if (this.mode !== 'slice') return;
    this.end = this.end && compareCursors(this.end, cursor) <= 0 ? this.end : cursor;
    const documents: ReadModelDocument[] = [];
    for (const entry of this.cache.values()) if (entry.document) documents.push(entry.document);
    const bytes = this.estimatedBytes();
    const checkpoint: ProjectionCheckpoint =
      this.hi >= 1
        ? { cursor: this.end, position: this.highest }
        : { cursor: START, position: this.highest, rebuild: { done: this.hi, end: this.end } };
    await this.inBackground(bytes, async () => {
      for (let start = 0; start < documents.length; start += WRITE_CHUNK) {
        await this.insertOrReplace(documents.slice(start, start + WRITE_CHUNK));
      }
      await this.saveCheckpoint(checkpoint);
    });
    if (this.hi >= 1) {
      this.finish();
    } else {
      this.lo = this.hi;
      this.hi = 1;
      this.cache.clear();
      this.creates = 0;
      this.updates = 0;
    }
  }

  /** Stopped midway: a stream keeps what it wrote; a slice starts over at its next run. */
  async abandon(cursor: Cursor): Promise<void> {
    if (this.mode === 'direct' || this.mode === 'stream') await this.flush(cursor);
    await this.settle();
    this.cache.clear();
  }

  /** Waits for the background write; throws what it failed with. */
  async settle(): Promise<void> {
    await this.writing;
    this.rethrow();
  }

  private rethrow(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  private finish(): void {
    this.mode = 'done';
    this.cache.clear();
    this.known = undefined;
  }

  private switchesToStream(): boolean {
    const writes = this.creates + this.updates;
    return (
      this.fresh && this.passes === 1 && this.lo === 0 && this.hi === 1 && writes >= WRITES_TO_JUDGE && this.updates / writes < WRITE_ONCE_UPDATE_RATIO
    );
  }

  private async loadMissing(work: readonly [RecordedEvent, string][]): Promise<void> {
    if (this.mode === 'slice') return;
    const missing = new Set<string>();
    for (const [, key] of work) {
      if (this.cache.has(key) || missing.has(key)) continue;
      if (this.mode === 'direct' || !this.known || this.known.has(key)) missing.add(key);
    }
    if (missing.size === 0) return;
    // A document forgotten after a flush may still be on its way to the store.
    await this.settle();
    const loaded = await this.store.load(this.projection.collection, [...missing]);
    for (const key of missing) {
      const document = loaded.get(key);
      this.cache.set(key, { document, stored: document ? document.lastPosition : null, dirty: false });
    }
  }

  /**
   * Hands what changed to a background write (the previous one finished first), the checkpoint
   * moving around it (see the intent below). The entries count as clean at once: a later change
   * to one of them is written after this write, over what this write stores.
   */
  private async flush(cursor: Cursor): Promise<void> {
    const changes: KeyedChange<ReadModelDocument>[] = [];
    let dirty = 0;
    for (const [key, entry] of this.cache) {
      if (!entry.dirty) continue;
      dirty += 1;
      if (entry.document) changes.push({ key, change: { put: entry.document }, expected: entry.stored });
      else if (entry.stored !== null) changes.push({ key, change: { delete: true }, expected: entry.stored });
      entry.stored = entry.document ? entry.document.lastPosition : null;
      entry.dirty = false;
    }
    const unchanged = !dirty && this.checkpoint && compareCursors(this.checkpoint.cursor, cursor) === 0;
    if (unchanged) return;
    const highest = this.highest;
    const bytes = dirty * this.averageBytes * HEAP_PER_JSON_BYTE;
    await this.inBackground(bytes, async () => {
      if (changes.length > 0) {
        // Before documents past the checkpoint are written, the checkpoint records how far they
        // reach (`position`) with its cursor unchanged: a resumed run knows which keys may be stored.
        await this.saveCheckpoint({ cursor: this.checkpoint?.cursor ?? START, position: highest });
        for (let start = 0; start < changes.length; start += WRITE_CHUNK) {
          await this.store.write(this.projection.collection, changes.slice(start, start + WRITE_CHUNK));
        }
      }
      await this.saveCheckpoint({ cursor, position: highest });
    });
    if (this.mode === 'direct') await this.settle();
  }

  /** Runs `write` after the write under way (never two at a time). */
  private async inBackground(bytes: number, write: () => Promise<void>): Promise<void> {
    await this.settle();
    this.pendingBytes = bytes;
    const running: Promise<void> = write().then(
      () => {
        if (this.writing === running) this.writing = undefined;
      },
      (error: unknown) => {
        this.failure ??= error;
        if (this.writing === running) this.writing = undefined;
      },
    );
    this.writing = running;
  }

  /**
   * A slice is written whole: as inserts, as nothing of it was stored. Only after a crash can
   * part of it be stored already; those documents are replaced (this run's are complete).
   */
  private async insertOrReplace(documents: readonly ReadModelDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const changes = (expected: null | undefined): KeyedChange<ReadModelDocument>[] =>
      documents.map((document) => ({ key: document._id, change: { put: document } as DocumentChange<ReadModelDocument>, expected }));
    try {
      await this.store.write(this.projection.collection, changes(null));
    } catch (error) {
      if (!(error instanceof ReadModelConflictError)) throw error;
      if (documents.length === 1) {
        await this.store.write(this.projection.collection, changes(undefined));
        return;
      }
      const middle = Math.ceil(documents.length / 2);
      await this.insertOrReplace(documents.slice(0, middle));
      await this.insertOrReplace(documents.slice(middle));
    }
  }

  private async saveCheckpoint(checkpoint: ProjectionCheckpoint): Promise<void> {
    await this.store.saveCheckpoint(this.projection.name, checkpoint);
    this.checkpoint = checkpoint;
    if (!checkpoint.rebuild) this.onCheckpoint?.(this.projection.name, checkpoint);
  }

  /** Sizes a few documents as JSON; enough to know how much memory the cache holds. */
  private sampleSize(document: ReadModelDocument): void {
    this.puts += 1;
    if (this.samples >= 64 && this.puts % 32 !== 0) return;
    const bytes = JSON.stringify(document).length;
    this.samples += 1;
    const weight = Math.max(1 / this.samples, 1 / 64);
    this.averageBytes += (bytes - this.averageBytes) * weight;
  }
}
