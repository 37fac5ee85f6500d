/** Malformed requests caught before a command exists (headers, path parameters, body shape). */
export class RequestInvalidError extends Error {
  readonly code: string = 'request.invalid';
  constructor(
    message: string,
    readonly errors: readonly { readonly field: string; readonly problems: readonly string[] }[] = [],
  ) {
    super(message);
  }
}

/** A body the JSON parser refused, or nested deeper than anything the API takes. */
export class MalformedJsonError extends RequestInvalidError {
  override readonly code = 'request.malformed-json';
}

export class JsonTooDeepError extends RequestInvalidError {
  override readonly code = 'request.json-too-deep';
  constructor(readonly limit: number) {
    super(`the JSON body nests deeper than ${limit} levels`);
  }
}

export class NotFoundError extends Error {
  readonly code = 'resource.not-found';
}

export class RouteNotFoundError extends Error {
  readonly code = 'route.not-found';
}

export class MethodNotAllowedError extends Error {
  readonly code = 'request.method-not-allowed';
  constructor(
    readonly method: string,
    readonly allowed: readonly string[],
  ) {
    super(`${method} is not allowed here; allowed: ${allowed.join(', ')}`);
  }
}

export class PayloadTooLargeError extends Error {
  readonly code = 'request.too-large';
  constructor(readonly limitBytes: number) {
    super(`the body is larger than ${limitBytes} bytes`);
  }
}

export class UnsupportedMediaTypeError extends Error {
  readonly code = 'request.unsupported-media-type';
  constructor(readonly received: string) {
    super(`commands take application/json (UTF-8) only, not ${received || 'a body without Content-Type'}`);
  }
}

export class RateLimitedError extends Error {
  readonly code = 'request.rate-limited';
  constructor(readonly retryAfterSeconds: number) {
    super(`too many requests; retry after ${retryAfterSeconds} s`);
  }
}
