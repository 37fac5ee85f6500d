import {
  BACKWARDS,
  END,
  FORWARDS,
  KurrentDBClient,
  START as STREAM_START,
  StreamNotFoundError,
  WrongExpectedVersionError as KurrentWrongExpectedVersion,
  eventTypeFilter,
  jsonEvent,
  type AllStreamSubscription,
  type JSONEventType,
} from '@kurrent/kurrentdb-client';
import { EventEmitter } from 'node:events';
import type { ChainAlgorithm } from '../canonical-json.js';
import { verifyChains, type ChainReport, type StreamHead, type VerifyChainsOptions } from '../chain.js';
import type { AppendOptions, AppendResult, NewEvent, ReadAllOptions, ReadStreamOptions, RecordedEvent } from '../envelope.js';
import { CommandIdReusedError, EventStoreClosedError, WrongExpectedVersionError } from '../errors.js';
import type { EventStore } from '../port.js';
import { allRange, streamRange } from '../read-options.js';
import {
  CatchUpSubscription,
  type Cursor,
  type EventBatchHandler,
  type Subscription,
  type SubscriptionOptions,
  type SubscriptionSource,
} from '../subscription.js';
import { Upcasters, type Upcaster } from '../upcasting.js';
import { KurrentDbTransparencyLog } from './kurrentdb-transparency-log.js';
import { prepareAppend, type PreparedAppend } from '../validation.js';
import {
  CHECKPOINT_SAVED,
  COMMAND_RECORDED,
  EMPTY_TAIL,
  checkExpected,
  checkpointStreamOf,
  chainEvents,
  commandStreamOf,
  positionOf,
  readPositionAt,
  afterConflict,
  checkpointData,
  cursorOfCheckpoint,
  streamStateFor,
  toRecorded,
  typeFilterRegex,
  versionOf,
  withCommandEventIds,
  type CommandRecord,
  type StoredEvent,
  type StreamTail,
} from './mapping.js';

export interface KurrentDbEventStoreOptions {
  /** `kurrentdb://host:2113?tls=false` (or `esdb://`), as the client takes it. */
  readonly connectionString: string;
  readonly upcasters?: readonly Upcaster[];
  /** Source of recorded time; tests pass a fake one. */
  readonly now?: () => Date;
  /** Digest of new chain links (CERTFLOW_CHAIN_HASH); computed here, so SM3 needs nothing of the server. */
  readonly chainAlgorithm?: ChainAlgorithm;
}

/** Reads of one stream's tail before a racing writer is assumed to be a bug, not bad luck. */
const MAX_ATTEMPTS = 8;

/**
 * The event store port on KurrentDB (or EventStoreDB 20+). KurrentDB keeps the streams and the
 * global order (`$all`, written in commit order, so there are no late commits to wait for);
 * certflow adds what it lacks: the hash chain and recorded time (in each event's metadata,
 * under `$certflow`), command idempotence (a `certflow-command-*` stream per command id) and
 * checkpoints (a `certflow-checkpoint-*` stream per subscriber, keeping its last event only).
 */
export class KurrentDbEventStore implements EventStore, SubscriptionSource {
  readonly kind = 'kurrentdb';
  private readonly connection: KurrentDBClient;
  /** No new append is taken; those under way go on until close() has waited for them. */
  private closing = false;
  private closed = false;
  private readonly upcasters: Upcasters;
  private readonly now: () => Date;
  private readonly chainAlgorithm: ChainAlgorithm;
  private readonly appended = new EventEmitter();
  /** One append at a time per stream from this process: the chain needs the previous hash. */
  private readonly streamLocks = new Map<string, Promise<unknown>>();
  private live: AllStreamSubscription | undefined;
  private readonly cappedCheckpoints = new Set<string>();
  readonly log: KurrentDbTransparencyLog;

  constructor(options: KurrentDbEventStoreOptions) {
    this.connection = KurrentDBClient.connectionString(options.connectionString);
    this.upcasters = new Upcasters(options.upcasters);
    this.now = options.now ?? (() => new Date());
    this.chainAlgorithm = options.chainAlgorithm ?? 'sha256';
    this.appended.setMaxListeners(0);
    this.log = new KurrentDbTransparencyLog({
      readAfter: (position, limit) => this.readAll({ after: position, limit }),
      eventAt: async (position) => {
        const [first] = await this.readAll({ after: Math.max(0, position - 1), limit: 1 });
        return first?.globalPosition === position ? first : undefined;
      },
      readEvent: (eventId) => this.readEvent(eventId),
      readData: async (stream, fromRevision, limit) =>
        (await this.readRaw(stream, { direction: FORWARDS, fromRevision: BigInt(fromRevision), maxCount: limit })).map((event) => event.data),
      lastData: async (stream) => {
        const [last] = await this.readRaw(stream, { direction: BACKWARDS, fromRevision: END, maxCount: 1 });
        return last ? { revision: Number(last.revision), data: last.data } : undefined;
      },
      appendData: async (stream, type, data, expectedCount) => {
        try {
          await this.client.appendToStream(
            stream,
            data.map((each) => jsonEvent({ type, data: each as JSONEventType['data'] })),
            { streamState: streamStateFor(expectedCount) },
          );
          return true;
        } catch (error) {
          if (error instanceof KurrentWrongExpectedVersion) return false;
          throw error;
        }
      },
    });
  }

  /**
   * KurrentDB looks events up by stream, not by id: this reads `$all` backwards (decisions an
   * auditor asks about are usually recent). Linear in the log; a city's log reads in seconds.
   */
  async readEvent(eventId: string): Promise<RecordedEvent | undefined> {
    const wanted = eventId.toLowerCase();
    for await (const resolved of this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: Number.MAX_SAFE_INTEGER,
      filter: eventTypeFilter({ regex: typeFilterRegex(undefined) }),
    })) {
      if (resolved.event && resolved.event.id.toLowerCase() === wanted) return this.upcasters.apply(toRecorded(resolved.event as StoredEvent));
    }
    return undefined;
  }

  static async open(options: KurrentDbEventStoreOptions): Promise<KurrentDbEventStore> {
    const store = new KurrentDbEventStore(options);
    try {
      // Fails fast with the server's own error when the URL is wrong or nothing answers.
      await store.headPosition();
    } catch (error) {
      await store.client.dispose();
      throw error;
    }
    return store;
  }

  append(streamId: string, events: readonly NewEvent[], options: AppendOptions = {}): Promise<AppendResult> {
    if (this.closing) return Promise.reject(new EventStoreClosedError());
    let append: PreparedAppend;
    try {
      append = prepareAppend(streamId, withCommandEventIds(events, options.metadata), options);
    } catch (error) {
      return Promise.reject(error);
    }
    const previous = this.streamLocks.get(streamId) ?? Promise.resolve();
    const next = previous.then(
      () => this.appendNow(append),
      () => this.appendNow(append),
    );
    this.streamLocks.set(streamId, next);
    void next.finally(() => {
      if (this.streamLocks.get(streamId) === next) this.streamLocks.delete(streamId);
    }).catch(() => undefined);
    return next;
  }

  private async appendNow(append: PreparedAppend): Promise<AppendResult> {
    for (let attempt = 1; ; attempt += 1) {
      if (append.commandId !== undefined) {
        const earlier = await this.commandOutcome(append.commandId, append.streamId);
        if (earlier) return earlier;
      }
      const tail = await this.tail(append.streamId);
      if (append.commandId !== undefined && tail.lastCommandId === append.commandId) {
        // The events were written but the command's record was not (a crash in between).
        return this.recordCommand(append, tail.version - append.events.length);
      }
      checkExpected(append.streamId, append.expected, tail.version);
      const outgoing = chainEvents(append, tail, this.now(), this.chainAlgorithm);
      try {
        await this.client.appendToStream(
          append.streamId,
          outgoing.map((event) => jsonEvent({ id: event.id, type: event.type, data: event.data as JSONEventType['data'], metadata: event.metadata })),
          { streamState: streamStateFor(tail.version) },
        );
      } catch (error) {
        if (!(error instanceof KurrentWrongExpectedVersion)) throw error;
        // Another process appended between the read and the write.
        if (afterConflict(append.expected, append.commandId, attempt, MAX_ATTEMPTS) === 'read-again') continue;
        const now = await this.tail(append.streamId);
        throw new WrongExpectedVersionError(append.streamId, append.expected, now.version);
      }
      this.appended.emit('appended');
      if (append.commandId !== undefined) return this.recordCommand(append, tail.version);
      return this.resultOf(append.streamId, tail.version, append.events.length, false);
    }
  }

  /** The command's own stream: written after its events, so a crash in between is repaired above. */
  private async recordCommand(append: PreparedAppend, versionBefore: number): Promise<AppendResult> {
    const record: CommandRecord = { streamId: append.streamId, streamVersion: versionBefore + append.events.length, eventCount: append.events.length };
    try {
      await this.client.appendToStream(commandStreamOf(append.commandId!), jsonEvent({ type: COMMAND_RECORDED, data: { ...record } }), {
        streamState: 'no_stream',
      });
    } catch (error) {
      if (!(error instanceof KurrentWrongExpectedVersion)) throw error;
      const earlier = await this.commandOutcome(append.commandId!, append.streamId);
      if (earlier) return earlier;
      throw error;
    }
    return this.resultOf(append.streamId, versionBefore, append.events.length, false);
  }

  private async commandOutcome(commandId: string, streamId: string): Promise<AppendResult | undefined> {
    const record = await this.commandRecord(commandId);
    if (!record) return undefined;
    if (record.streamId !== streamId) throw new CommandIdReusedError(commandId, record.streamId, streamId);
    return this.resultOf(record.streamId, record.streamVersion - record.eventCount, record.eventCount, true);
  }

  private async commandRecord(commandId: string): Promise<CommandRecord | undefined> {
    const [first] = await this.readRaw(commandStreamOf(commandId), { direction: FORWARDS, fromRevision: STREAM_START, maxCount: 1 });
    return first ? (first.data as CommandRecord) : undefined;
  }

  /** Positions of an append, read back: the append answer gives the last one only. */
  private async resultOf(streamId: string, versionBefore: number, count: number, duplicate: boolean): Promise<AppendResult> {
    const written = await this.readRaw(streamId, { direction: FORWARDS, fromRevision: BigInt(versionBefore), maxCount: count });
    const positions = written.map((event) => (event.position ? positionOf(event.position.commit) : 0));
    return {
      streamId,
      streamVersion: versionBefore + count,
      firstPosition: positions[0] ?? 0,
      lastPosition: positions.at(-1) ?? 0,
      duplicate,
    };
  }

  private async tail(streamId: string): Promise<StreamTail & { lastCommandId?: string | undefined }> {
    const [last] = await this.readRaw(streamId, { direction: BACKWARDS, fromRevision: END, maxCount: 1 });
    if (!last) return EMPTY_TAIL;
    const recorded = toRecorded(last);
    return {
      version: versionOf(last.revision),
      hash: recorded.hash,
      recordedAt: recorded.recordedAt,
      lastCommandId: typeof recorded.metadata.commandId === 'string' ? recorded.metadata.commandId : undefined,
    };
  }

  private async readRaw(
    streamId: string,
    options: { direction: typeof FORWARDS | typeof BACKWARDS; fromRevision: bigint | typeof STREAM_START | typeof END; maxCount: number },
  ): Promise<StoredEvent[]> {
    const events: StoredEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, options)) {
        if (resolved.event) events.push(resolved.event as StoredEvent);
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return events;
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    const range = streamRange(streamId, options);
    const count = Math.min(range.toVersion, Number.MAX_SAFE_INTEGER) - range.fromVersion + 1;
    if (count <= 0) return [];
    const stored = await this.readRaw(streamId, { direction: FORWARDS, fromRevision: BigInt(range.fromVersion - 1), maxCount: Math.min(count, 1_000_000) });
    const events: RecordedEvent[] = [];
    for (const event of stored) {
      const recorded = toRecorded(event);
      if (range.asOf !== undefined && recorded.recordedAt > range.asOf) break;
      events.push(this.upcasters.apply(recorded));
    }
    return events;
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    const { after, limit, types } = allRange(options);
    const events: RecordedEvent[] = [];
    const reading = this.client.readAll({
      direction: FORWARDS,
      fromPosition: after === 0 ? STREAM_START : readPositionAt(after),
      // One more than asked: the event at `after` itself comes first when the read starts on it.
      maxCount: limit + 1,
      filter: eventTypeFilter({ regex: typeFilterRegex(types) }),
    });
    for await (const resolved of reading) {
      if (!resolved.event) continue;
      const recorded = toRecorded(resolved.event as StoredEvent);
      if (recorded.globalPosition <= after) continue;
      events.push(this.upcasters.apply(recorded));
      if (events.length === limit) break;
    }
    return events;
  }

  async headPosition(): Promise<number> {
    for await (const resolved of this.client.readAll({
      direction: BACKWARDS,
      fromPosition: END,
      maxCount: 1,
      filter: eventTypeFilter({ regex: typeFilterRegex(undefined) }),
    })) {
      if (resolved.event?.position) return positionOf(resolved.event.position.commit);
    }
    return 0;
  }

  async findCommand(commandId: string): Promise<AppendResult | undefined> {
    const record = await this.commandRecord(commandId);
    return record ? this.resultOf(record.streamId, record.streamVersion - record.eventCount, record.eventCount, true) : undefined;
  }

  subscribe(name: string, handler: EventBatchHandler, options?: SubscriptionOptions): Subscription {
    return new CatchUpSubscription(name, this, handler, options);
  }

  /**
   * Every stream certflow wrote, each recomputed from its first event. KurrentDB's streams have
   * no head row of their own to compare with, so a stream's head is its last event: a removed
   * tail is invisible here (events cannot be edited in place, but a stream can be truncated or
   * deleted by an administrator through stream metadata). Whole-log evidence is issue 12's.
   */
  async verifyChains(options: VerifyChainsOptions = {}): Promise<ChainReport> {
    const streamIds = options.streamId !== undefined ? [options.streamId] : await this.streamIds();
    const heads = new Map<string, StreamHead>();
    const readStream = (streamId: string) => this.readRaw(streamId, { direction: FORWARDS, fromRevision: STREAM_START, maxCount: Number.MAX_SAFE_INTEGER });
    async function* rows(): AsyncGenerator<RecordedEvent> {
      for (const streamId of [...streamIds].sort()) {
        const events = (await readStream(streamId)).map(toRecorded);
        const last = events.at(-1);
        if (last) heads.set(streamId, { version: last.streamVersion, hash: last.hash });
        yield* events;
      }
    }
    return verifyChains(rows(), heads, options.signatures, options.onProgress);
  }

  private async streamIds(): Promise<Set<string>> {
    const ids = new Set<string>();
    for await (const resolved of this.client.readAll({
      direction: FORWARDS,
      fromPosition: STREAM_START,
      maxCount: Number.MAX_SAFE_INTEGER,
      filter: eventTypeFilter({ regex: typeFilterRegex(undefined) }),
    })) {
      if (resolved.event) ids.add(resolved.event.streamId);
    }
    return ids;
  }

  /** After close a call is refused as closed, as on the other adapters, not with the client's own error. */
  private get client(): KurrentDBClient {
    if (this.closed) throw new EventStoreClosedError();
    return this.connection;
  }

  async close(): Promise<void> {
    this.closing = true;
    // An append under way has written its events or will: it is answered before the client goes.
    await Promise.allSettled([...this.streamLocks.values()]);
    this.closed = true;
    this.appended.removeAllListeners();
    await this.live?.unsubscribe().catch(() => undefined);
    await this.connection.dispose();
  }

  async loadCheckpoint(name: string): Promise<Cursor | undefined> {
    const [last] = await this.readRaw(checkpointStreamOf(name), { direction: BACKWARDS, fromRevision: END, maxCount: 1 });
    return last ? cursorOfCheckpoint(last.data) : undefined;
  }

  async saveCheckpoint(name: string, cursor: Cursor): Promise<void> {
    const stream = checkpointStreamOf(name);
    if (!this.cappedCheckpoints.has(stream)) {
      // Only the latest checkpoint matters; the server scavenges the rest.
      await this.client.setStreamMetadata(stream, { maxCount: 1 });
      this.cappedCheckpoints.add(stream);
    }
    await this.client.appendToStream(stream, jsonEvent({ type: CHECKPOINT_SAVED, data: checkpointData(cursor) }));
  }

  async readAfter(cursor: Cursor, limit: number): Promise<{ events: RecordedEvent[]; cursor: Cursor }> {
    const events = await this.readAll({ after: cursor.position, limit });
    const last = events.at(-1);
    return { events, cursor: last ? { position: last.globalPosition } : cursor };
  }

  /** `$all` is written in commit order: an empty read after the cursor means nothing is still to come. */
  async hasPendingUpTo(): Promise<boolean> {
    if (this.closed) throw new EventStoreClosedError();
    return false;
  }

  /**
   * Wakes subscribers on appends of this process at once, and on other processes' appends
   * through one live subscription to the end of `$all` (started with the first listener).
   */
  onAppended(listener: () => void): () => void {
    this.appended.on('appended', listener);
    this.startLiveWakeUps();
    return () => this.appended.off('appended', listener);
  }

  private startLiveWakeUps(): void {
    if (this.live) return;
    this.live = this.client.subscribeToAll({ fromPosition: END, filter: eventTypeFilter({ regex: typeFilterRegex(undefined) }) });
    this.live.on('data', () => this.appended.emit('appended'));
    // A dropped wake-up subscription only slows subscribers to their poll interval.
    this.live.on('error', () => {
      this.live = undefined;
    });
  }
}
