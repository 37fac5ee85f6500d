import { ArgumentsHost, Catch, HttpException, Inject, type ExceptionFilter } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { IdempotencyKeyReusedError } from '@certflow/application';
import { DomainError } from '@certflow/domain';
import { CommandIdReusedError, EventStoreError, WrongExpectedVersionError } from '@certflow/event-store';
import { AuthenticationError, RoleNotAllowedError } from '../auth/auth.guard.js';
import { OBSERVABILITY, requestIdOf, type Observability } from '../observability/observability.js';
import { ReadModelsBehindError, ReadModelsUnavailableError } from '../read-models/read-models.service.js';
import { allowedMethods } from './allowed-methods.js';
import {
  MethodNotAllowedError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitedError,
  RequestInvalidError,
  RouteNotFoundError,
  UnsupportedMediaTypeError,
} from './problems.js';

interface Problem {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly zh: string;
  readonly en: string;
  readonly article?: string;
  readonly extra?: Record<string, unknown>;
  readonly headers?: Record<string, string>;
}

/** Titles are ours, never a framework's class name: one per status the API answers. */
const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthenticated',
  403: 'Not allowed',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Refused',
  413: 'Body too large',
  415: 'Unsupported media type',
  422: 'Not acceptable',
  429: 'Too many requests',
  431: 'Headers too large',
  500: 'Internal error',
  503: 'Unavailable',
};

const DOMAIN_TITLES = {
  malformed: 'Bad request',
  invalid: 'Not acceptable under the measures',
  forbidden: 'Not allowed',
  'not-found': 'Not found',
  conflict: 'Refused',
} as const;

const DOMAIN_STATUS = { malformed: 400, invalid: 422, forbidden: 403, 'not-found': 404, conflict: 409 } as const;

/**
 * The one place errors become HTTP: RFC 9457 problem+json with a stable `code`, the article of
 * the measures where they decide it, and the message in zh-CN or en by Accept-Language
 * (zh-CN unless the client prefers English).
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  constructor(
    private readonly adapter: HttpAdapterHost,
    @Inject(OBSERVABILITY) private readonly observability: Observability,
  ) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<{ url: string; method: string; path: string; headers: Record<string, string | undefined> }>();
    const response = http.getResponse<ProblemResponse>();
    const problem = this.describe(this.notFoundOrMethod(error, request));
    const { logger } = this.observability;
    // A client's mistake is no operator's business at info; a failure of ours needs its stack.
    if (problem.status >= 500) logger.error({ ...requestIdOf(request), status: problem.status, code: problem.code, err: error }, 'problem');
    else if (logger.isLevelEnabled('debug')) logger.debug({ ...requestIdOf(request), status: problem.status, code: problem.code }, 'problem');
    const english = prefersEnglish(request.headers['accept-language']);
    const body = {
      type: `urn:certflow:problem:${problem.code}`,
      title: problem.title,
      status: problem.status,
      detail: english ? problem.en : problem.zh,
      instance: request.url,
      code: problem.code,
      ...(problem.article ? { article: problem.article } : {}),
      messages: { 'zh-CN': problem.zh, en: problem.en },
      ...problem.extra,
    };
    if (response.headersSent) return;
    for (const [name, value] of Object.entries(problem.headers ?? {})) response.setHeader(name, value);
    response.setHeader('Cache-Control', 'no-store');
    response.removeHeader('ETag');
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(body));
  }

  /** Nest answers an unknown route, and a known one with another method, with the same 404. */
  private notFoundOrMethod(error: unknown, request: { method: string; path: string }): unknown {
    if (!(error instanceof HttpException) || error.getStatus() !== 404) return error;
    const allowed = allowedMethods(this.adapter.httpAdapter?.getInstance(), request.path);
    return allowed.length > 0 && !allowed.includes(request.method.toUpperCase())
      ? new MethodNotAllowedError(request.method.toUpperCase(), allowed)
      : new RouteNotFoundError(`no route ${request.method.toUpperCase()} ${request.path}`);
  }

  private describe(error: unknown): Problem {
    if (error instanceof DomainError) {
      return {
        status: DOMAIN_STATUS[error.kind],
        code: error.code,
        title: DOMAIN_TITLES[error.kind],
        zh: error.messages.zh,
        en: error.messages.en,
        ...(error.article ? { article: error.article } : {}),
        ...(error.details ? { extra: { details: error.details } } : {}),
      };
    }
    if (error instanceof WrongExpectedVersionError) {
      return {
        status: 409,
        code: 'concurrency.conflict',
        title: 'Changed meanwhile',
        zh: `${error.streamId} 已被他人更新（当前版本 ${error.actual}），请刷新后重试`,
        en: `${error.streamId} changed meanwhile (now at version ${error.actual}); reload and decide again`,
        extra: { streamId: error.streamId, actualVersion: error.actual },
      };
    }
    if (error instanceof IdempotencyKeyReusedError || error instanceof CommandIdReusedError) {
      return {
        status: 422,
        code: 'idempotency.key-reused',
        title: 'Idempotency-Key reused',
        zh: '此 Idempotency-Key 已用于另一请求，请使用新的 Idempotency-Key',
        en: 'this Idempotency-Key was already used for another request; send a new key',
      };
    }
    if (error instanceof EventStoreError) {
      return { status: 400, code: error.code, title: 'Bad request', zh: `请求无效：${error.message}`, en: error.message };
    }
    if (error instanceof RequestInvalidError) {
      return {
        status: 400,
        code: error.code,
        title: TITLES[400]!,
        zh: `请求格式有误：${error.message}`,
        en: error.message,
        ...(error.errors.length ? { extra: { errors: error.errors } } : {}),
      };
    }
    if (error instanceof AuthenticationError) {
      return { status: 401, code: error.code, title: 'Unauthenticated', zh: '需要有效的登录令牌', en: error.message };
    }
    if (error instanceof RoleNotAllowedError) {
      return { status: 403, code: error.code, title: 'Not allowed', zh: `角色 ${error.role} 无权使用此接口`, en: error.message };
    }
    if (error instanceof ReadModelsBehindError) {
      return {
        status: 503,
        code: error.code,
        title: 'Read models behind',
        headers: { 'Retry-After': '1' },
        zh: `查询数据尚未更新到位置 ${error.minPosition}，请稍后重试`,
        en: error.message,
      };
    }
    if (error instanceof ReadModelsUnavailableError) {
      return { status: 503, code: error.code, title: 'Read models unavailable', zh: '本服务未启用查询数据', en: error.message };
    }
    if (error instanceof NotFoundError) {
      return { status: 404, code: error.code, title: TITLES[404]!, zh: `未找到：${error.message}`, en: error.message };
    }
    if (error instanceof RouteNotFoundError) {
      return { status: 404, code: error.code, title: TITLES[404]!, zh: `没有此接口：${error.message}`, en: error.message };
    }
    if (error instanceof MethodNotAllowedError) {
      return {
        status: 405,
        code: error.code,
        title: TITLES[405]!,
        zh: `此接口不支持 ${error.method}，可用：${error.allowed.join(', ')}`,
        en: error.message,
        headers: { Allow: error.allowed.join(', ') },
      };
    }
    if (error instanceof PayloadTooLargeError) {
      return { status: 413, code: error.code, title: TITLES[413]!, zh: `请求体超过 ${error.limitBytes} 字节`, en: error.message };
    }
    if (error instanceof UnsupportedMediaTypeError) {
      return { status: 415, code: error.code, title: TITLES[415]!, zh: '命令只接受 application/json（UTF-8）格式的请求体', en: error.message };
    }
    if (error instanceof RateLimitedError) {
      return {
        status: 429,
        code: error.code,
        title: TITLES[429]!,
        zh: `请求过于频繁，请 ${error.retryAfterSeconds} 秒后重试`,
        en: error.message,
        headers: { 'Retry-After': String(error.retryAfterSeconds) },
      };
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      const status = error.getStatus();
      return { status, code: 'request.invalid', title: TITLES[status] ?? TITLES[400]!, zh: `请求无法处理：${error.message}`, en: error.message };
    }
    return { status: 500, code: 'internal', title: 'Internal error', zh: '服务器内部错误，已记录', en: 'internal error; it has been logged' };
  }
}

interface ProblemResponse {
  readonly headersSent: boolean;
  setHeader(name: string, value: string): void;
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
