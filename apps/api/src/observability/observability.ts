import type { Logger, Metrics } from '@certflow/observability';

export const OBSERVABILITY = Symbol.for('certflow.Observability');

/** The logger and metrics of one app instance. */
export interface Observability {
  readonly logger: Logger;
  readonly metrics: Metrics;
}

/** The request id the request middleware gave every request (apps/api/src/observability/observe-requests.ts). */
export function requestIdOf(request: object): { requestId?: string } {
  const id = (request as { id?: unknown }).id;
  return typeof id === 'string' ? { requestId: id } : {};
}
