import type { Actor } from '@certflow/domain';
import type { AppendResult, EventMetadata } from '@certflow/event-store';

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
}

export interface CommandOutcome {
  readonly streamId: string;
  readonly streamVersion: number;
  readonly globalPosition: number;
  /** Event types the command appended (empty when it was a repeat). */
  readonly events: readonly string[];
  /** True when this command id had already been handled: nothing new was written. */
  readonly duplicate: boolean;
}

/** `subject`: the platform a command concerns, so the audit trail can filter by its county. */
export function eventMetadata(
  meta: CommandMeta,
  commandType: string,
  now: string,
  subject: { platformId?: string; platformCounty?: string } = {},
): EventMetadata {
  return {
    ...subject,
    actorId: meta.actor.id,
    role: meta.actor.role,
    ...(meta.actor.county ? { county: meta.actor.county } : {}),
    commandId: meta.commandId,
    correlationId: meta.correlationId,
    causationId: meta.commandId,
    occurredAt: now,
    command: commandType,
  };
}

export function outcome(result: AppendResult, events: readonly string[]): CommandOutcome {
  return {
    streamId: result.streamId,
    streamVersion: result.streamVersion,
    globalPosition: result.lastPosition,
    events: result.duplicate ? [] : events,
    duplicate: result.duplicate,
  };
}
