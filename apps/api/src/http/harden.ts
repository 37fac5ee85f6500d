import { CertflowError, statusOf, titleOf } from '@certflow/errors';
import type { INestApplication } from '@nestjs/common';
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import helmet from 'helmet';
import { jsonBody } from './json-body.js';

type Next = () => void;
interface Response {
  setHeader(name: string, value: string): void;
}

/**
 * What every answer of the API carries and every request passes before a route sees it: security
 * headers, no caching of anything a token unlocked, the one JSON body parser, problem+json for
 * headers the HTTP parser itself refuses.
 */
/** `connectOrigins`: where the console's scripts may fetch besides the server (the identity provider, for the sign-in). */
export function harden(app: INestApplication, connectOrigins: readonly string[] = []): void {
  const express = app.getHttpAdapter().getInstance() as { set(name: string, value: unknown): void };
  express.set('x-powered-by', false);
  // ETags only where a route computes its own (the public registry): an authenticated answer is never cached.
  express.set('etag', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          connectSrc: ["'self'", ...connectOrigins],
          // Swagger UI styles itself inline.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          frameAncestors: ["'none'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
        },
      },
      referrerPolicy: { policy: 'no-referrer' },
      frameguard: { action: 'deny' },
      // Plain HTTP on loopback by default; HSTS belongs to the TLS front of a deployment.
      strictTransportSecurity: false,
    }),
  );
  app.use((request: { headers: Record<string, unknown> }, response: Response, next: Next) => {
    if (request.headers.authorization !== undefined) response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(jsonBody());
  answerParserErrors(app.getHttpServer() as Server);
}

/**
 * Node answers oversized headers (431) and unparsable requests (400) itself, with an empty body,
 * before Express sees them: these get problem+json too.
 */
function answerParserErrors(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (!socket.writable || (error as { code?: string }).code === 'ECONNRESET') {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const refusal = tooLarge ? new CertflowError('request.headers-too-large', undefined) : new CertflowError('request.unparsable', undefined);
    const status = statusOf(refusal.code);
    // No Accept-Language to go by: the request could not be read, so zh-CN as everywhere by default.
    const problem = {
      type: `urn:certflow:problem:${refusal.code}`,
      title: titleOf(refusal.code),
      status,
      detail: refusal.messages.zh,
      code: refusal.code,
      messages: { 'zh-CN': refusal.messages.zh, en: refusal.messages.en },
    };
    const body = JSON.stringify(problem);
    socket.end(
      `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        'Content-Type: application/problem+json\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        'Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n' +
        body,
    );
  });
}
