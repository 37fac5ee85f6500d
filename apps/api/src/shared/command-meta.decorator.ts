import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { CommandMeta } from '@certflow/application';
import { RequestInvalidError } from '../problems/problems.js';
import type { AuthenticatedRequest } from '../auth/auth.guard.js';

const KEY = /^[\x21-\x7e]{1,200}$/;

/**
 * The command's identity from the request: `Idempotency-Key` (or a fresh id) is the command id
 * the store dedupes on; `X-Correlation-Id` ties a command to what follows from it.
 */
export const Meta = createParamDecorator((_: unknown, context: ExecutionContext): CommandMeta => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
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
  const commandId = idempotencyKey ?? randomUUID();
  return { actor: request.actor!, commandId, correlationId: correlationId ?? commandId, mayRepeat: idempotencyKey !== undefined };
});
