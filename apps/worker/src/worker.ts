import type { EventStore } from '@certflow/event-store';
import { processLogger, type Logger } from '@certflow/observability';
import { ALL_PROJECTIONS, Projector, progressReporter, type Projection, type ReadModelDocument, type ReadModelStore } from '@certflow/read-models';

export interface WorkerOptions {
  readonly eventStore: EventStore;
  readonly readModels: ReadModelStore;
  readonly projections?: readonly Projection<ReadModelDocument>[];
  /** Where start-up rebuild progress and errors go (a terminal gets a progress bar). */
  readonly output?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Where the worker's warnings go; default `logger`. */
  readonly log?: (line: string) => void;
  /** Default the process's logger. */
  readonly logger?: Logger;
  readonly memoryBudgetMb?: number;
}

export interface RunningWorker {
  readonly projector: Projector;
  /** Resolves once the read models are up to date and followed. */
  readonly ready: Promise<void>;
  stop(): Promise<void>;
}

/** The projector part of the worker: brings the read models up to date, then follows the log. */
export function startWorker(options: WorkerOptions): RunningWorker {
  const logger = options.logger ?? processLogger();
  const log = options.log ?? ((line: string) => logger.warn(line));
  const output = options.output ?? process.stderr;
  const projector = new Projector(options.eventStore, options.readModels, options.projections ?? ALL_PROJECTIONS, {
    onRebuildProgress: progressReporter(output, { label: 'read models' }),
    onError: (projection, error) => log(`projection ${projection} failed, retrying: ${(error as Error).message ?? String(error)}`),
    ...(options.memoryBudgetMb !== undefined ? { memoryBudgetMb: options.memoryBudgetMb } : {}),
  });
  const ready = projector.start();
  return {
    projector,
    ready,
    stop: () => projector.stop(),
  };
}
