import type { ChainReport } from './chain.js';
import type { TransparencyLog } from './merkle/transparency-log.js';
import type {
  AppendOptions,
  AppendResult,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
} from './envelope.js';
import type { Subscription, SubscriptionOptions, EventBatchHandler } from './subscription.js';

export const EVENT_STORE = Symbol.for('certflow.EventStore');

export interface EventStore {
  /** 'sqlite', 'postgres': shown on /health and in benchmark lines. */
  readonly kind: string;
  append(streamId: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** One event by its id (auditors name decisions by it); undefined when none has that id. */
  readEvent(eventId: string): Promise<RecordedEvent | undefined>;
  /** Highest global position committed so far (0 for an empty store). */
  headPosition(): Promise<number>;
  /** The result of the append that carried this commandId, if one did. */
  findCommand(commandId: string): Promise<AppendResult | undefined>;
  /**
   * Delivers every event after the named checkpoint, in batches, then keeps delivering new
   * ones; the checkpoint moves only after the handler resolves.
   */
  subscribe(name: string, handler: EventBatchHandler, options?: SubscriptionOptions): Subscription;
  /** `onProgress`: events checked so far, every thousand or so and at the end. */
  verifyChains(options?: { streamId?: string; onProgress?: (events: number) => void }): Promise<ChainReport>;
  /** The Merkle tree over the whole log and its signed heads (tamper evidence across streams). */
  readonly log: TransparencyLog;
  close(): Promise<void>;
}
