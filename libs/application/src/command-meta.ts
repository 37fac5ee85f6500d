import { CertflowError } from '@certflow/errors';
import type { Actor } from '@certflow/domain';
import type { AppendResult, EventMetadata, RecordedEvent } from '@certflow/event-store';
import { isSettable, type Clock } from './clock.js';

/** Who sent a command and under which keys: the HTTP Idempotency-Key becomes `commandId`. */
export interface CommandMeta {
  readonly actor: Actor;
  readonly commandId: string;
  readonly correlationId: string;
  /**
   * False when the command id was just generated (no Idempotency-Key): it cannot have been seen
   * before, so the look-up for an earlier outcome is skipped. The store still records it.
   */
  readonly mayRepeat?: boolean;
  /**
   * What the client asked for under its key (method, path, body). Stored with the events, so a
   * key sent again with another request is recognised for as long as the log lasts.
   */
  readonly fingerprint?: string;
  /**
   * The business time the command acts at, instead of the clock's now: a deadline the scheduler
   * issues late (after a restart, or a simulated clock moved past it) takes effect on its day.
   */
  readonly businessTime?: string;
  /** The HTTP request that carried the command, for its log line; never stored. */
  readonly requestId?: string;
}

/** Rule evaluations ride in the events that relied on them; an answer shows the last one. */
interface EvaluatedData {
  readonly evaluation?: unknown;
}

export interface CommandOutcome {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly globalPosition: number;
  /** Event types the command appended, the first time and on every replay. */
  readonly events: readonly string[];
  /** The rule evaluation the command's events carry (submission, recommendation, certification...). */
  readonly evaluation?: unknown;
  /** True when this command had already been handled: nothing new was written, the first answer is replayed. */
  readonly replayed: boolean;
}

/** The same Idempotency-Key from the same caller with another request: never executed, never explained. */
export class IdempotencyKeyReusedError extends CertflowError {
  constructor() {
    super('idempotency.key-reused', undefined);
  }
}

/** The stream changed between loading and appending: the caller decides again on what is there now. */
export class ConcurrencyConflictError extends CertflowError {
  constructor(
    readonly streamId: string,
    readonly actualVersion: number,
    options?: { cause?: unknown },
  ) {
    super('concurrency.conflict', {
      zh: `${streamId} 已被他人更新（当前版本 ${actualVersion}），请刷新后重试`,
      en: `${streamId} changed meanwhile (now at version ${actualVersion}); reload and decide again`,
    }, { ...options, extra: { streamId, actualVersion } });
  }
}

/**
 * `subject`: the platform a command concerns, so the audit trail can filter by its county.
 * `clock`: where `now` came from; a simulated business time is recorded as such on every event.
 */
export function eventMetadata(
  meta: CommandMeta,
  commandType: string,
  now: string,
  clock: Clock,
  subject: { platformId?: string; platformCounty?: string } = {},
): EventMetadata {
  return {
    ...subject,
    ...(isSettable(clock) ? { businessTimeSimulated: true } : {}),
    actorId: meta.actor.id,
    role: meta.actor.role,
    ...(meta.actor.county ? { county: meta.actor.county } : {}),
    commandId: meta.commandId,
    correlationId: meta.correlationId,
    causationId: meta.commandId,
    occurredAt: now,
    command: commandType,
    ...(meta.fingerprint ? { requestFingerprint: meta.fingerprint } : {}),
  };
}

export function outcome(
  result: Pick<AppendResult, 'streamId' | 'streamVersion' | 'lastPosition'>,
  events: readonly { readonly type: string; readonly data: unknown }[],
  replayed = false,
): CommandOutcome {
  const evaluation = events.findLast((event) => (event.data as EvaluatedData | null)?.evaluation !== undefined)?.data as
    | EvaluatedData
    | undefined;
  return {
    streamId: result.streamId,
    streamVersion: result.streamVersion,
    globalPosition: result.lastPosition,
    events: events.map((event) => event.type),
    ...(evaluation ? { evaluation: evaluation.evaluation } : {}),
    replayed,
  };
}

/** The answer of a command already in the log, rebuilt from its events exactly as it was first given. */
export function replayedOutcome(meta: CommandMeta, streamId: string, events: readonly RecordedEvent[]): CommandOutcome {
  const own = events.filter((event) => event.metadata.commandId === meta.commandId);
  const last = own.at(-1);
  if (!last || last.streamId !== streamId || (own[0]!.metadata.requestFingerprint ?? undefined) !== meta.fingerprint) {
    throw new IdempotencyKeyReusedError();
  }
  return outcome({ streamId, streamVersion: last.streamVersion, lastPosition: last.globalPosition }, own, true);
}
