import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CertflowError, statusOf } from '@certflow/errors';
import { processLogger } from '@certflow/observability';
import { sendProblem } from '../problems/problem.filter.js';
import { RequestInvalidError, RouteNotFoundError } from '../problems/problems.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The web console's built files (Vite output): the public registry at `/` (and a platform's
 * public page under `/p/`), the console under `/console/`. Both are single-page apps, so a
 * deep link such as `/console/city/review` answers the page's index.html and the router takes
 * over. Served behind helmet like every answer: Vite emits no inline script, so the CSP holds.
 */
export async function serveConsoleFiles(app: NestFastifyApplication, folder: string): Promise<boolean> {
  if (!existsSync(join(folder, 'index.html'))) return false;
  // A context of its own: the compression and the file routes stay off the API's JSON answers.
  await app.register(async (scope: FastifyInstance) => {
    // Registered before Nest installs its filter, these routes would keep Fastify's own error
    // answer (not problem+json, a file system message with its path on a 500).
    scope.setErrorHandler(answerFileErrors);
    // Gzip for the page and its bundles (a third of their size on a slow county network).
    await scope.register(compress, { encodings: ['gzip', 'deflate'] });
    // Hashed file names under assets/ never change content: cache them for a year.
    await scope.register(fastifyStatic, {
      root: join(folder, 'assets'),
      prefix: '/assets/',
      immutable: true,
      maxAge: '365d',
      index: false,
    });
    // index.html names the hashed bundles of this build: always revalidated.
    const page = (file: string) => (_request: unknown, reply: FastifyReply) =>
      reply.header('Cache-Control', 'no-cache').sendFile(file, folder, { cacheControl: false });
    scope.get('/console', page('console/index.html'));
    scope.get('/console/*', page('console/index.html'));
    scope.get('/p/:platformId', page('index.html'));
    scope.get('/', page('index.html'));
  });
  return true;
}

/** A file route's failure as problem+json: the client's (a bad Range, a refused path) or ours, logged and not described. */
function answerFileErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const status = error.statusCode ?? 500;
  const problem =
    status === 404
      ? new RouteNotFoundError(`no file at ${request.url.split('?')[0]}`)
      : status < 500
        ? new RequestInvalidError(`the file request was refused (${status})`)
        : new CertflowError('internal', undefined);
  if (statusOf(problem.code) >= 500) processLogger().error({ err: error, url: request.url }, 'console file failed');
  sendProblem(reply, problem, request);
}
