import { CertflowError } from '@certflow/errors';

type FieldErrors = readonly { readonly field: string; readonly problems: readonly string[] }[];

/** Malformed requests caught before a command exists (headers, path parameters, body shape). */
export class RequestInvalidError extends CertflowError {
  constructor(
    message: string,
    readonly errors: FieldErrors = [],
  ) {
    super('request.invalid', { zh: `请求格式有误：${message}`, en: message }, errors.length ? { extra: { errors } } : {});
  }
}

/** A body the JSON parser refused. */
export class MalformedJsonError extends CertflowError {
  constructor(message: string) {
    super('request.malformed-json', { zh: `请求格式有误：${message}`, en: message });
  }
}

/** A body nested deeper than anything the API takes. */
export class JsonTooDeepError extends CertflowError {
  constructor(readonly limit: number) {
    const message = `the JSON body nests deeper than ${limit} levels`;
    super('request.json-too-deep', { zh: `请求格式有误：${message}`, en: message });
  }
}

export class NotFoundError extends CertflowError {
  constructor(what: string) {
    super('resource.not-found', { zh: `未找到：${what}`, en: what });
  }
}

export class RouteNotFoundError extends CertflowError {
  constructor(message: string) {
    super('route.not-found', { zh: `没有此接口：${message}`, en: message });
  }
}

export class MethodNotAllowedError extends CertflowError {
  constructor(
    readonly method: string,
    readonly allowed: readonly string[],
  ) {
    super('request.method-not-allowed', {
      zh: `此接口不支持 ${method}，可用：${allowed.join(', ')}`,
      en: `${method} is not allowed here; allowed: ${allowed.join(', ')}`,
    }, { headers: { Allow: allowed.join(', ') } });
  }
}

export class PayloadTooLargeError extends CertflowError {
  constructor(readonly limitBytes: number) {
    super('request.too-large', { zh: `请求体超过 ${limitBytes} 字节`, en: `the body is larger than ${limitBytes} bytes` });
  }
}

export class UnsupportedMediaTypeError extends CertflowError {
  constructor(readonly received: string) {
    super('request.unsupported-media-type', {
      zh: '命令只接受 application/json（UTF-8）格式的请求体',
      en: `commands take application/json (UTF-8) only, not ${received || 'a body without Content-Type'}`,
    });
  }
}

export class RateLimitedError extends CertflowError {
  constructor(readonly retryAfterSeconds: number) {
    super('request.rate-limited', {
      zh: `请求过于频繁，请 ${retryAfterSeconds} 秒后重试`,
      en: `too many requests; retry after ${retryAfterSeconds} s`,
    }, { headers: { 'Retry-After': String(retryAfterSeconds) } });
  }
}
