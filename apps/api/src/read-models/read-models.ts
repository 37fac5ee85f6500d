import type { ReadModelStore } from '@certflow/read-models';

export const READ_MODELS = Symbol.for('certflow.ReadModels');

export interface ProjectionLag {
  readonly name: string;
  readonly position: number;
  readonly lag: number;
}

/** What the read routes need: the documents, and a way to wait until a write has reached them. */
export interface ReadModelAccess {
  readonly store: ReadModelStore;
  /** Resolves once every projection applied `minPosition`; rejects after `timeoutMs`. */
  waitFor(minPosition: number, timeoutMs: number): Promise<void>;
  status(): Promise<readonly ProjectionLag[]>;
  /**
   * With the projector in this process: a value that changes whenever a projection's documents
   * may have changed, undefined while unknown (rebuilding). Without it, readers ask the store.
   */
  generation?(projection: string): number | undefined;
}

/** Longest a query waits for its minPosition before answering 503 with a Retry-After. */
export const MIN_POSITION_WAIT_MS = 5_000;
