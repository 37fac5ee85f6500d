import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { CertflowError } from '@certflow/errors';
import { tap, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../../auth/auth.guard.js';
import { AuditReadLog } from './audit-read-log.js';

type RoutedRequest = AuthenticatedRequest & {
  method: string;
  routeOptions?: { url?: string };
  params?: Record<string, string>;
  query?: Record<string, unknown>;
};

/**
 * Records who read what through an audit route, after the guard let them in: the answer is not
 * held up, the record is buffered and appended in batches (AuditReadRecorder). Refused callers
 * (no token, another role) never get here, so nothing is recorded for them; a read refused later
 * (bad parameters, nothing found) is recorded with its problem code, since asking is telling too.
 */
@Injectable()
export class RecordAuditRead implements NestInterceptor {
  constructor(private readonly log: AuditReadLog) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<RoutedRequest>();
    const record = (outcome: string) => {
      const actor = request.actor;
      if (!actor) return;
      this.log.recorder.record({
        subject: actor.id,
        role: actor.role,
        ...(actor.county ? { county: actor.county } : {}),
        route: `${request.method} ${request.routeOptions?.url ?? ''}`,
        parameters: { ...textOf(request.params), ...textOf(request.query) },
        outcome,
        readAt: new Date().toISOString(),
      });
    };
    return next.handle().pipe(
      tap({
        next: () => record('answered'),
        error: (error: unknown) => record(error instanceof CertflowError ? error.code : 'failed'),
      }),
    );
  }
}

function textOf(values: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values ?? {})) {
    if (value !== undefined) out[key] = Array.isArray(value) ? value.map(String).join(',') : String(value);
  }
  return out;
}
