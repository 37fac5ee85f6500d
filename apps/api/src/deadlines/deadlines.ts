import { CertflowError } from '@certflow/errors';
import type { DueItem } from '@certflow/domain';

/** The schedule of the time rules as the scheduler beside the API (or a follower of the log) holds it. */
export interface DeadlineSource {
  /** Every item still to come or due, as of everything committed before the call. */
  current(): Promise<readonly DueItem[]>;
}

export const DEADLINES = Symbol.for('certflow.Deadlines');

export class DeadlinesUnavailableError extends CertflowError {
  constructor() {
    super('deadlines.unavailable', undefined);
  }
}
