import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import type { CommandMeta } from '@certflow/application';
import type { Actor } from '@certflow/domain';
import { canonicalJson } from '@certflow/event-store';
import { RequestInvalidError } from '../problems/problems.js';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';
import { requestIdOf } from '../observability/observability.js';

const KEY = /^[\x21-\x7e]{1,200}$/;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * An Idempotency-Key belongs to its caller (draft-ietf-httpapi-idempotency-key-header): the
 * command id is derived from who sent it and the key, so another caller's key never reaches an
 * answer it was not given, and the key itself never appears in the log.
 */
export function scopedCommandId(actor: Actor, key: string): string {
  return `idem-${sha256([actor.role, actor.id, actor.county ?? '', actor.platformId ?? '', key].join('\n'))}`;
}

/** The request a key was first sent with: method, path and body, the body's keys in canonical order. */
export function requestFingerprint(method: string, path: string, body: unknown): string {
  return sha256(`${method.toUpperCase()} ${path}\n${canonicalJson(body ?? null)}`);
}

/** Where a command's answer goes, by the meta its request gave: the dispatcher marks a replay on it. */
const replies = new WeakMap<CommandMeta, { header(name: string, value: string): unknown }>();

/**
 * A replayed command answers with the first answer's body, unchanged, and says it is a replay
 * in `Idempotent-Replayed` (as the big payment APIs do), so a client retrying after a lost
 * response learns what happened the first time.
 */
export function markReplayed(meta: CommandMeta): void {
  replies.get(meta)?.header('Idempotent-Replayed', 'true');
}

/**
 * The command's identity from the request: `Idempotency-Key` (or a fresh id) is the command id
 * the store dedupes on; `X-Correlation-Id` ties a command to what follows from it.
 */
export const Meta = createParamDecorator((_: unknown, context: ExecutionContext): CommandMeta => {
  const meta = commandMeta(context);
  replies.set(meta, context.switchToHttp().getResponse());
  return meta;
});

function commandMeta(context: ExecutionContext): CommandMeta {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest & { method: string; url: string; body: unknown }>();
  const header = (name: string) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const idempotencyKey = header('idempotency-key');
  if (idempotencyKey !== undefined && !KEY.test(idempotencyKey)) {
    throw new RequestInvalidError('Idempotency-Key must be 1 to 200 visible ASCII characters');
  }
  const correlationId = header('x-correlation-id');
  if (correlationId !== undefined && !KEY.test(correlationId)) {
    throw new RequestInvalidError('X-Correlation-Id must be 1 to 200 visible ASCII characters');
  }
  const actor = request.actor!;
  const requestId = requestIdOf(request);
  if (idempotencyKey === undefined) {
    const commandId = randomUUID();
    return { actor, commandId, correlationId: correlationId ?? commandId, mayRepeat: false, ...requestId };
  }
  const commandId = scopedCommandId(actor, idempotencyKey);
  return {
    actor,
    commandId,
    correlationId: correlationId ?? commandId,
    mayRepeat: true,
    fingerprint: requestFingerprint(request.method, request.url.split('?', 1)[0]!, request.body),
    ...requestId,
  };
}
