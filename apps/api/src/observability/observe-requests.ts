import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Observability } from './observability.js';

/** As Idempotency-Key and X-Correlation-Id: 1 to 200 visible ASCII characters. */
const REQUEST_ID = /^[\x21-\x7e]{1,200}$/;

/** Scrapes and probes every few seconds would drown the log; they are still counted. */
const QUIET_ROUTES = new Set(['/metrics', '/health']);

/** Fastify's request id: the client's X-Request-Id when valid, else a new one. */
export function requestIdFrom(request: IncomingMessage): string {
  const sent = request.headers['x-request-id'];
  return typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
}

/**
 * First hook of every request: the request id (see requestIdFrom) echoed in the answer, one log
 * line when the answer is done, and the HTTP metrics. Routes are labelled by their pattern
 * (`/api/v1/platforms/:platformId/...`), never the raw URL, so that the number of series stays
 * bounded whatever clients send.
 *
 * Not pino-http: it serialises every request (headers included) into a child logger's bindings
 * whether or not a line is written, which cost more than the rest of this together.
 */
export function observeRequests(app: NestFastifyApplication, { logger, metrics }: Observability): void {
  app.getHttpAdapter().getInstance().addHook('onRequest', (request, reply, done) => {
    const started = process.hrtime.bigint();
    const requestId = request.id;
    reply.header('X-Request-Id', requestId);
    const response = reply.raw;
    // 'close' follows 'finish' for every answer, and alone marks a client that went away first.
    response.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = request.is404 ? 'unmatched' : (request.routeOptions.url ?? 'unmatched');
      const status = response.statusCode;
      const method = request.method;
      const aborted = !response.writableFinished;
      if (!aborted) {
        const labels = { method, route, status: String(status) };
        metrics.httpRequests.inc(labels);
        metrics.httpDuration.observe(labels, seconds);
      }
      if (QUIET_ROUTES.has(route)) return;
      const line = { requestId, method, url: request.url, route, status, durationMs: Math.round(seconds * 10_000) / 10 };
      // A 5xx's stack is logged by the problem filter; this line only says which request it was.
      if (aborted) logger.info(line, 'request aborted by the client');
      else if (status >= 500) logger.error(line, 'request failed');
      else logger.info(line, 'request');
    });
    done();
  });
}
