import { CertflowError, statusOf, titleOf } from '@certflow/errors';
import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendProblem } from '../problems/problem.filter.js';
import { RequestInvalidError } from '../problems/problems.js';
import type { Duplex } from 'node:stream';
import { checkQuery, jsonBody } from './json-body.js';

/**
 * What every answer of the API carries and every request passes before a route sees it: security
 * headers, no caching of anything a token unlocked, the one JSON body parser. Fastify sends no
 * X-Powered-By and computes no ETag: only routes that compute their own (the public registry) send one.
 */
/** `connectOrigins`: where the console's scripts may fetch besides the server (the identity provider, for the sign-in). */
export async function harden(app: NestFastifyApplication, connectOrigins: readonly string[] = []): Promise<void> {
  await app.register(helmet, {
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
  });
  const fastify = app.getHttpAdapter().getInstance();
  refuseWhileClosing(fastify);
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.headers.authorization !== undefined) reply.header('Cache-Control', 'no-store');
    try {
      checkQuery(request.query);
    } catch (error) {
      return done(error as Error);
    }
    done();
  });
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('*', jsonBody());
}

/**
 * Node answers oversized headers (431) and unparsable requests (400) itself, with an empty body,
 * before Fastify sees them: these get problem+json too.
 */
export function answerParserErrors(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
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
}

/**
 * A request that reaches a closing server (pipelined, or on a keep-alive connection still busy
 * when the close began) is refused as problem+json, with its id and log line, and the
 * connection is closed after it; Fastify's own 503 (return503OnClosing) would be bare JSON.
 */
function refuseWhileClosing(fastify: FastifyInstance): void {
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  fastify.addHook('onRequest', (request, reply, done) => {
    if (!closing) return done();
    reply.header('Connection', 'close').header('Retry-After', '1');
    sendProblem(reply, new CertflowError('server.shutting-down', undefined), request);
  });
}

/**
 * Fastify's router refuses a path that does not percent-decode before any hook or filter runs:
 * the same problem+json as every other malformed request, with the headers a refusal carries.
 */
export function answerRouterErrors(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  sendProblem(reply, new RequestInvalidError(error.message), request);
}
