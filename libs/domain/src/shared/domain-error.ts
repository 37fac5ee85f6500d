export type DomainErrorKind = 'malformed' | 'invalid' | 'forbidden' | 'not-found' | 'conflict';

/** The article of the measures that decides a refusal, e.g. '15' or '6(3)'. */
export type Article = string;

export interface LocalisedMessage {
  readonly zh: string;
  readonly en: string;
}

/**
 * A refusal the measures or the workflow decide. `code` is stable (clients switch on it);
 * `kind` tells the API layer which HTTP status family it belongs to without the domain
 * knowing HTTP: `malformed` is input that cannot be true whatever the measures say (a platform
 * established after it applied, more qualified staff than staff), `invalid` is well-formed input
 * the measures do not accept.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: DomainErrorKind,
    readonly messages: LocalisedMessage,
    readonly article?: Article,
    readonly details?: Record<string, unknown>,
  ) {
    super(messages.en);
    this.name = 'DomainError';
  }
}

export const refuse = (code: string, messages: LocalisedMessage, article?: Article, details?: Record<string, unknown>) =>
  new DomainError(code, 'conflict', messages, article, details);

export const invalid = (code: string, messages: LocalisedMessage, article?: Article, details?: Record<string, unknown>) =>
  new DomainError(code, 'invalid', messages, article, details);

export const malformed = (code: string, messages: LocalisedMessage, article?: Article, details?: Record<string, unknown>) =>
  new DomainError(code, 'malformed', messages, article, details);

export const forbidden = (code: string, messages: LocalisedMessage, article?: Article) =>
  new DomainError(code, 'forbidden', messages, article);

export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(value)}`);
}
