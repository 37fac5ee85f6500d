export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** Who caused an event and within which command; stored beside the data, never inside it. */
export interface EventMetadata {
  actorId?: string;
  role?: string;
  county?: string;
  commandId?: string;
  correlationId?: string;
  causationId?: string;
  occurredAt?: string;
  [extra: string]: JsonValue | undefined;
}

export interface NewEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
  readonly schemaVersion?: number;
  readonly eventId?: string;
  readonly metadata?: EventMetadata;
}

export interface RecordedEvent<Type extends string = string, Data = unknown> {
  readonly eventId: string;
  readonly type: Type;
  readonly schemaVersion: number;
  readonly data: Data;
  readonly metadata: EventMetadata;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly globalPosition: number;
  readonly recordedAt: string;
  readonly hash: string;
}

export type ExpectedVersion = number | 'no-stream' | 'stream-exists' | 'any';

export interface AppendOptions {
  readonly expectedVersion?: ExpectedVersion;
  /** Merged under each event's own metadata; `commandId` here makes the append idempotent. */
  readonly metadata?: EventMetadata;
}

export interface AppendResult {
  readonly streamId: string;
  /** Stream version after the append: the expected version for the next one. */
  readonly streamVersion: number;
  readonly firstPosition: number;
  readonly lastPosition: number;
  /** True when the commandId had been appended before and nothing was written this time. */
  readonly duplicate: boolean;
}

export interface ReadStreamOptions {
  readonly fromVersion?: number;
  readonly toVersion?: number;
  /** Recorded-time bound (inclusive), ISO 8601: the stream as it stood at that moment. */
  readonly asOf?: string;
}

export interface ReadAllOptions {
  /** Exclusive global position to start after; 0 reads from the beginning. */
  readonly after?: number;
  readonly limit?: number;
  readonly types?: readonly string[];
}
