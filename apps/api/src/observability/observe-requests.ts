import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Observability } from './observability.js';

/** As Idempotency-Key and X-Correlation-Id: 1 to 200 visible ASCII characters. */
const REQUEST_ID = /^[\x21-\x7e]{1,200}$/;

/** Scrapes and probes every few seconds would drown the log. */
const QUIET_PATHS = new Set(['/metrics', '/health']);

type Request = IncomingMessage & { route?: { path?: string }; originalUrl?: string };

/**
 * First of every request's middleware: a request id (the client's X-Request-Id when valid, else
 * a new one, echoed in the answer), one log line when the answer is done, and the HTTP metrics.
 * Routes are labelled by their pattern (`/api/v1/platforms/:platformId/...`), never the raw URL,
 * so that the number of series stays bounded whatever clients send.
 */
export function observeRequests(app: INestApplication, { logger, metrics }: Observability): void {
  const log = pinoHttp<Request, ServerResponse>({
    logger,
    quietReqLogger: true,
    quietResLogger: true,
    customAttributeKeys: { reqId: 'requestId' },
    genReqId: (request, response) => {
      const sent = request.headers['x-request-id'];
      const id = typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
      response.setHeader('X-Request-Id', id);
      return id;
    },
    autoLogging: { ignore: (request) => QUIET_PATHS.has(pathOf(request)) },
    // 5xx answers are logged with their stack by the problem filter; this line only counts them.
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (request, response, fields: { responseTime: number }) => summary(request, response, fields.responseTime),
    customErrorObject: (request, response, _error, fields: { responseTime: number }) => summary(request, response, fields.responseTime),
  });
  app.use((request: Request, response: ServerResponse, next: () => void) => {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      const labels = { method: request.method ?? '', route: routeOf(request), status: String(response.statusCode) };
      metrics.httpRequests.inc(labels);
      metrics.httpDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
    });
    log(request, response, next);
  });
}

function summary(request: Request, response: ServerResponse, durationMs: number) {
  return { method: request.method, url: request.originalUrl ?? request.url, route: routeOf(request), status: response.statusCode, durationMs };
}

/** Express records the matched route's pattern; anything unmatched (404, refused before routing) shares one label. */
function routeOf(request: Request): string {
  return request.route?.path ?? 'unmatched';
}

function pathOf(request: Request): string {
  const url = request.originalUrl ?? request.url ?? '';
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}
