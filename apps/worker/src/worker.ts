import { LogSealer, type EventStore, type HeadPolicy, type Subscription, type TreeHeadSigner } from '@certflow/event-store';
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
  /** See ProjectorOptions.readsServedElsewhere. */
  readonly readsServedElsewhere?: boolean;
  /** Seals the log into its Merkle tree and signs tree heads; absent, nothing is sealed by this worker. */
  readonly logSealing?: { readonly signer: TreeHeadSigner; readonly policy: HeadPolicy };
}

export interface RunningWorker {
  readonly projector: Projector;
  /**
   * Resolves once every read model far behind the log was rebuilt and all are followed; one near
   * enough to the head may still be catching up through its subscription.
   */
  readonly ready: Promise<void>;
  /** Resolves once every read model has also applied the log up to where it stood at `ready`. */
  readonly caughtUp: Promise<void>;
  stop(): Promise<void>;
}

/** The longest delay a Node timer takes (about 24.8 days): the catch-up at start has no deadline of its own. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** The projector part of the worker: brings the read models up to date, then follows the log. */
export function startWorker(options: WorkerOptions): RunningWorker {
  const logger = options.logger ?? processLogger();
  const log = options.log ?? ((line: string) => logger.warn(line));
  const output = options.output ?? process.stderr;
  const projector = new Projector(options.eventStore, options.readModels, options.projections ?? ALL_PROJECTIONS, {
    onRebuildProgress: progressReporter(output, { label: 'read models' }),
    onError: (projection, error) => log(`projection ${projection} failed, retrying: ${(error as Error).message ?? String(error)}`),
    ...(options.memoryBudgetMb !== undefined ? { memoryBudgetMb: options.memoryBudgetMb } : {}),
    ...(options.readsServedElsewhere ? { readsServedElsewhere: true } : {}),
  });
  const ready = projector.start();
  const caughtUp = ready.then(async () => {
    const head = await options.eventStore.headPosition();
    await projector.waitFor(head, MAX_TIMER_MS);
  });
  // A stop during the catch-up rejects it; whoever awaits it hears of that, nobody else.
  caughtUp.catch(() => undefined);
  const sealing = options.logSealing ? startLogSealing(options.eventStore, options.logSealing, log) : undefined;
  return {
    projector,
    ready,
    caughtUp,
    async stop() {
      await sealing?.stop();
      await projector.stop();
    },
  };
}

/**
 * Seals each batch of the log into its Merkle tree as a subscriber, after the batch committed
 * (so appends pay nothing for it), and looks again on a timer so that a head is signed when
 * its time is due even while nothing is appended.
 */
function startLogSealing(store: EventStore, settings: NonNullable<WorkerOptions['logSealing']>, log: (line: string) => void): { stop(): Promise<void> } {
  const sealer = new LogSealer(store.log, settings.signer, settings.policy);
  const seal = () => sealer.seal().then(() => undefined);
  const subscription: Subscription = store.subscribe('log-sealer', seal, { onError: (error) => log(`log sealing failed, retrying: ${(error as Error).message}`) });
  const timer = setInterval(() => seal().catch((error: unknown) => log(`log sealing failed: ${(error as Error).message}`)), Math.min(settings.policy.everyMs, 60_000));
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await subscription.stop();
    },
  };
}
