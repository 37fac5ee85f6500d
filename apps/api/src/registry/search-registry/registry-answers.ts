import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { publicRegistry, type ProjectionCheckpoint, type ReadModelStore, type RegistryQuery } from '@certflow/read-models';

export interface RegistryAnswer {
  /** The page as UTF-8 JSON, encoded once for every caller that asks the same thing. */
  readonly body: Buffer;
  readonly etag: string;
}

export interface RegistryAnswersOptions {
  /** Bytes of answers kept; the least recently asked go first. */
  readonly budgetBytes?: number;
  readonly maxAgeMs?: number;
  readonly now?: () => number;
}

/**
 * Registry pages, served again for as long as the registry projection's checkpoint stays where
 * it was when they were computed. The registry changes only with the cycle's decisions and is
 * read by the public far more often, mostly with the same few queries (first pages, one
 * county, one category); each store query, and FerretDB's above all, costs much more than the
 * page it returns.
 *
 * The checkpoint's cursor moves after the documents it covers were written (the projector's
 * subscription and a rebuild both write first), and a minPosition wait ends only once it moved,
 * so a page kept under a cursor shows at least what that cursor covers, and a caller waiting for
 * its own write never gets a page from before it. The checkpoint's `position` would not do: a
 * rebuild records it before writing the documents it announces. Without a checkpoint, or while
 * a rebuild has left one that marks its documents incomplete, nothing is kept.
 */
export class RegistryAnswers {
  private readonly answers: LRUCache<string, RegistryAnswer>;
  private readonly pending = new Map<string, Promise<RegistryAnswer>>();
  private readonly checkpoints = new WeakMap<ReadModelStore, SharedReads<ProjectionCheckpoint | undefined>>();
  /** The checkpoint cursor the kept answers were computed under. */
  private generation: string | undefined;

  constructor(options: RegistryAnswersOptions = {}) {
    this.answers = new LRUCache<string, RegistryAnswer>({
      maxSize: options.budgetBytes ?? 8 * 1024 * 1024,
      sizeCalculation: (answer) => Math.max(1, answer.body.length),
      // Bounds the life of an answer should the documents ever change without the cursor moving
      // (a hand edit, a rebuild to the same end by other code). Short, it would send every query
      // back to the store at once, which FerretDB answers in seconds under load.
      ttl: options.maxAgeMs ?? 5 * 60_000,
      // The clock is read on every look-up rather than once per millisecond timer: tests move it.
      ttlResolution: 0,
      ...(options.now ? { perf: { now: options.now } } : {}),
    });
  }

  /**
   * `generations`, when the projector runs in this process, tells the registry's generation
   * without a round trip (see Projector.generation); otherwise the checkpoint is read.
   */
  async answer(store: ReadModelStore, query: RegistryQuery, generations?: (projection: string) => number | undefined): Promise<RegistryAnswer> {
    const generation = generations ? inProcess(generations(publicRegistry.name)) : await this.storedGeneration(store);
    if (generation !== this.generation) this.forgetAll(generation);
    if (generation === undefined) return serialise(await store.searchRegistry(query));
    const key = keyOf(query);
    const kept = this.answers.get(key);
    if (kept) return kept;
    // Callers that read the same cursor share one store query: it started after that cursor was
    // read, so it shows at least what the cursor covers. A burst right after a write costs one.
    const pending = this.pending.get(key);
    if (pending) return pending;
    const computing: Promise<RegistryAnswer> = this.compute(store, query, key, generation).finally(() => {
      if (this.pending.get(key) === computing) this.pending.delete(key);
    });
    this.pending.set(key, computing);
    return computing;
  }

  private async compute(store: ReadModelStore, query: RegistryQuery, key: string, generation: string): Promise<RegistryAnswer> {
    const fresh = serialise(await store.searchRegistry(query));
    // Another request may have seen the cursor move while this one queried the store.
    // An answer over the whole budget is not kept (lru-cache refuses it).
    if (this.generation === generation) this.answers.set(key, fresh);
    return fresh;
  }

  private async storedGeneration(store: ReadModelStore): Promise<string | undefined> {
    const checkpoint = await this.checkpointOf(store);
    return checkpoint && !checkpoint.rebuild ? `${checkpoint.cursor.position}/${checkpoint.cursor.transactionId ?? ''}` : undefined;
  }

  private checkpointOf(store: ReadModelStore): Promise<ProjectionCheckpoint | undefined> {
    let reads = this.checkpoints.get(store);
    if (!reads) {
      reads = new SharedReads(() => store.loadCheckpoint(publicRegistry.name));
      this.checkpoints.set(store, reads);
    }
    return reads.read();
  }

  /** Answers kept now (tests). */
  get size(): number {
    return this.answers.size;
  }

  private forgetAll(generation: string | undefined): void {
    this.answers.clear();
    this.pending.clear();
    this.generation = generation;
  }
}

function inProcess(generation: number | undefined): string | undefined {
  return generation === undefined ? undefined : `projector:${generation}`;
}

function keyOf(query: RegistryQuery): string {
  return JSON.stringify([query.text ?? null, query.county ?? null, query.category ?? null, query.status ?? null, query.year ?? null, query.page, query.pageSize]);
}

function serialise(page: unknown): RegistryAnswer {
  const body = Buffer.from(JSON.stringify(page));
  return { body, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"` };
}

/**
 * One read of the checkpoint serves every caller that arrived while the read before it was
 * under way: each caller still gets a read that began after it arrived, so it sees any
 * checkpoint saved before it asked, and on FerretDB a burst of page views costs two round trips
 * instead of one each.
 */
export class SharedReads<T> {
  private underWay: Promise<T> | undefined;
  private queued: Promise<T> | undefined;

  constructor(private readonly load: () => Promise<T>) {}

  read(): Promise<T> {
    if (this.queued) return this.queued;
    if (!this.underWay) return this.start();
    const settled = this.underWay.then(
      () => undefined,
      () => undefined,
    );
    this.queued = settled.then(() => {
      this.queued = undefined;
      return this.start();
    });
    return this.queued;
  }

  private start(): Promise<T> {
    const reading: Promise<T> = this.load().finally(() => {
      if (this.underWay === reading) this.underWay = undefined;
    });
    this.underWay = reading;
    return reading;
  }
}
