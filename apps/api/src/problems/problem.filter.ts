import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { DomainError } from '@certflow/domain';
import { CommandIdReusedError, EventStoreError, WrongExpectedVersionError } from '@certflow/event-store';
import { AuthenticationError, RoleNotAllowedError } from '../auth/auth.guard.js';
import { ReadModelsBehindError, ReadModelsUnavailableError } from '../read-models/read-models.service.js';
import { NotFoundError, RequestInvalidError } from './problems.js';

interface Problem {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly zh: string;
  readonly en: string;
  readonly article?: string;
  readonly extra?: Record<string, unknown>;
}

const DOMAIN_STATUS = { malformed: 400, invalid: 422, forbidden: 403, 'not-found': 404, conflict: 409 } as const;

/**
 * The one place errors become HTTP: RFC 9457 problem+json with a stable `code`, the article of
 * the measures where they decide it, and the message in zh-CN or en by Accept-Language
 * (zh-CN unless the client prefers English).
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<{ url: string; headers: Record<string, string | undefined> }>();
    const response = http.getResponse<{ status(code: number): { type(t: string): { send(body: string): void } } }>();
    const problem = this.describe(error);
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
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(body));
  }

  private describe(error: unknown): Problem {
    if (error instanceof DomainError) {
      return {
        status: DOMAIN_STATUS[error.kind],
        code: error.code,
        title: error.kind === 'forbidden' ? 'Not allowed' : error.kind === 'invalid' ? 'Not acceptable under the measures' : 'Refused',
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
    if (error instanceof CommandIdReusedError) {
      return {
        status: 422,
        code: 'idempotency.key-reused',
        title: 'Idempotency-Key reused',
        zh: `Idempotency-Key 已用于 ${error.firstStreamId}，不能用于其他对象`,
        en: `this Idempotency-Key was used for ${error.firstStreamId}; use a new key for another target`,
      };
    }
    if (error instanceof EventStoreError) {
      return { status: 400, code: error.code, title: 'Bad request', zh: `请求无效：${error.message}`, en: error.message };
    }
    if (error instanceof RequestInvalidError) {
      return {
        status: 400,
        code: error.code,
        title: 'Bad request',
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
        zh: `查询数据尚未更新到位置 ${error.minPosition}，请稍后重试`,
        en: error.message,
      };
    }
    if (error instanceof ReadModelsUnavailableError) {
      return { status: 503, code: error.code, title: 'Read models unavailable', zh: '本服务未启用查询数据', en: error.message };
    }
    if (error instanceof NotFoundError) {
      return { status: 404, code: error.code, title: 'Not found', zh: `未找到：${error.message}`, en: error.message };
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const code = status === 404 ? 'route.not-found' : status === 413 ? 'request.too-large' : status < 500 ? 'request.invalid' : 'internal';
      return { status, code, title: error.name, zh: `请求无法处理：${error.message}`, en: error.message };
    }
    this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return { status: 500, code: 'internal', title: 'Internal error', zh: '服务器内部错误，已记录', en: 'internal error; it has been logged' };
  }
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
