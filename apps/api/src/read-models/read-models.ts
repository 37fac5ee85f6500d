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
}

/** Longest a query waits for its minPosition before answering 503 with a Retry-After. */
export const MIN_POSITION_WAIT_MS = 5_000;
