import type { Logger, Metrics } from '@certflow/observability';

export const OBSERVABILITY = Symbol.for('certflow.Observability');

/** The logger and metrics of one app instance. */
export interface Observability {
  readonly logger: Logger;
  readonly metrics: Metrics;
}

/** What the request middleware leaves on every request: its id and a logger bound to it. */
export interface ObservedRequest {
  id?: string | number | object;
  log?: Logger;
}

/** The request's own logger (its lines carry the request id), else the app's. */
export function loggerOf(request: ObservedRequest, fallback: Logger): Logger {
  return request.log ?? fallback;
}
