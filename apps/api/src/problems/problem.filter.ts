import { ArgumentsHost, Catch, HttpException, Inject, type ExceptionFilter } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CertflowError, statusOf, titleOf } from '@certflow/errors';
import { OBSERVABILITY, requestIdOf, type Observability } from '../observability/observability.js';
import { allowedMethods } from './allowed-methods.js';
import { MethodNotAllowedError, RequestInvalidError, RouteNotFoundError } from './problems.js';

/** What every failure of ours answers: the client learns nothing of it, the log learns all. */
const INTERNAL = new CertflowError('internal', undefined);

/**
 * The one place errors become HTTP: RFC 9457 problem+json with a stable `code`, its status and
 * title looked up in the catalogue (libs/errors), the article of the measures where they decide
 * it, and the message in zh-CN or en by Accept-Language (zh-CN unless the client prefers English).
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(
    private readonly adapter: HttpAdapterHost,
    @Inject(OBSERVABILITY) private readonly observability: Observability,
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<{ url: string; method: string; headers: Record<string, string | undefined> }>();
    const response = http.getResponse<ProblemResponse>();
    const problem = this.describe(this.fromFramework(error, request));
    const status = statusOf(problem.code);
    const { logger } = this.observability;
    // A client's mistake is no operator's business at info; a failure of ours needs its stack.
    if (status >= 500) logger.error({ ...requestIdOf(request), status, code: problem.code, err: error }, 'problem');
    else if (logger.isLevelEnabled('debug')) logger.debug({ ...requestIdOf(request), status, code: problem.code }, 'problem');
    const body = problemBody(problem, request.url, request.headers['accept-language']);
    if (response.sent || response.raw.headersSent) return;
    for (const [name, value] of Object.entries(problem.headers ?? {})) response.header(name, value);
    response.header('Cache-Control', 'no-store');
    response.removeHeader('ETag');
    response.status(status).type('application/problem+json').send(JSON.stringify(body));
  }

  /**
   * Nest's own exceptions in our vocabulary. It answers an unknown route, and a known one with
   * another method, with the same 404; anything else under 500 is a request it could not take.
   */
  private fromFramework(error: unknown, request: { method: string; url: string }): unknown {
    if (!(error instanceof HttpException) || error.getStatus() >= 500) return error;
    if (error.getStatus() !== 404) return new RequestInvalidError(error.message);
    const query = request.url.indexOf('?');
    const path = query === -1 ? request.url : request.url.slice(0, query);
    const allowed = allowedMethods(this.adapter.httpAdapter?.getInstance(), path);
    return allowed.length > 0 && !allowed.includes(request.method.toUpperCase())
      ? new MethodNotAllowedError(request.method.toUpperCase(), allowed)
      : new RouteNotFoundError(`no route ${request.method.toUpperCase()} ${path}`);
  }

  /** Anything not catalogued, or internal, answers 500 and tells the client nothing; the log has it above. */
  private describe(error: unknown): CertflowError {
    return error instanceof CertflowError && error.kind !== 'internal' ? error : INTERNAL;
  }
}

/**
 * A problem answered straight on Fastify's reply, for the few answers given outside Nest's
 * pipeline (the router's refusals, the console's file routes): the same body and headers.
 */
export function sendProblem(reply: FastifyReply, problem: CertflowError, request: FastifyRequest): void {
  // Refusals given before any hook ran (the router's) still carry the id the request was logged under.
  if (!reply.hasHeader('X-Request-Id')) reply.header('X-Request-Id', request.id);
  void reply
    .status(statusOf(problem.code))
    .header('Cache-Control', 'no-store')
    .header('X-Content-Type-Options', 'nosniff')
    .type('application/problem+json')
    .send(JSON.stringify(problemBody(problem, request.url, request.headers['accept-language'])));
}

/** The RFC 9457 body of a refusal, its message in the language the client prefers. */
export function problemBody(problem: CertflowError, instance: string, acceptLanguage: string | undefined): Record<string, unknown> {
  const english = prefersEnglish(acceptLanguage);
  return {
    type: `urn:certflow:problem:${problem.code}`,
    title: titleOf(problem.code),
    status: statusOf(problem.code),
    detail: english ? problem.messages.en : problem.messages.zh,
    instance,
    code: problem.code,
    ...(problem.article ? { article: problem.article } : {}),
    messages: { 'zh-CN': problem.messages.zh, en: problem.messages.en },
    ...(problem.details ? { details: problem.details } : {}),
    ...problem.extra,
  };
}

interface ProblemResponse {
  readonly sent: boolean;
  readonly raw: { readonly headersSent: boolean };
  header(name: string, value: string): void;
  removeHeader(name: string): void;
  status(code: number): { type(t: string): { send(body: string): void } };
}

function prefersEnglish(header: string | undefined): boolean {
  if (!header) return false;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())).find(Boolean);
      return { tag: tag ?? '', q: q ? Number(q[1]) : 1 };
    })
    .filter((entry) => entry.tag.startsWith('zh') || entry.tag.startsWith('en'))
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag.startsWith('en') ?? false;
}
