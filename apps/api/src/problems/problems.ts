/** Malformed requests caught before a command exists (headers, path parameters, body shape). */
export class RequestInvalidError extends Error {
  readonly code = 'request.invalid';
  constructor(
    message: string,
    readonly errors: readonly { readonly field: string; readonly problems: readonly string[] }[] = [],
  ) {
    super(message);
  }
}

export class NotFoundError extends Error {
  readonly code = 'resource.not-found';
}
