import type { ChainReport, VerifyChainsOptions } from './chain.js';
import type { TransparencyLog } from './merkle/transparency-log.js';
import type {
  AppendOptions,
  AppendResult,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
} from './envelope.js';
import type { Cursor, Subscription, SubscriptionOptions, EventBatchHandler } from './subscription.js';

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
  /**
   * Whether an event at or below `position` is still to come after `cursor` (a subscription's
   * checkpoint). On PostgreSQL only this tells whether a cursor has passed a position: positions
   * commit out of order, so a cursor that stands at a lower position may have read past a higher
   * one, and one at a higher position may still have a lower one ahead of it.
   */
  hasPendingUpTo(cursor: Cursor, position: number): Promise<boolean>;
  verifyChains(options?: VerifyChainsOptions): Promise<ChainReport>;
  /** The Merkle tree over the whole log and its signed heads (tamper evidence across streams). */
  readonly log: TransparencyLog;
  close(): Promise<void>;
}
