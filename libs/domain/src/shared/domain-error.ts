import { CertflowError, type Article, type CodeOfKind, type LocalisedMessage } from '@certflow/errors';

export { assertNever, type Article, type LocalisedMessage } from '@certflow/errors';

export type DomainErrorKind = 'malformed' | 'invalid' | 'forbidden' | 'not-found' | 'conflict';

type DomainCode = CodeOfKind<DomainErrorKind>;

/**
 * A refusal the measures or the workflow decide. The catalogue (libs/errors) gives the code its
 * kind and, where one article decides every case, its article; a factory takes only codes of
 * its own kind, so a decider cannot raise a code the catalogue files under another status.
 */
export class DomainError extends CertflowError {
  declare readonly kind: DomainErrorKind;

  constructor(code: DomainCode, messages: LocalisedMessage, article?: Article, details?: Record<string, unknown>) {
    super(code, messages, { ...(article !== undefined ? { article } : {}), ...(details !== undefined ? { details } : {}) });
  }
}

export const refuse = (code: CodeOfKind<'conflict'>, messages: LocalisedMessage, article?: Article, details?: Record<string, unknown>) =>
  new DomainError(code, messages, article, details);

export const invalid = (code: CodeOfKind<'invalid'>, messages: LocalisedMessage, article?: Article, details?: Record<string, unknown>) =>
  new DomainError(code, messages, article, details);

export const malformed = (code: CodeOfKind<'malformed'>, messages: LocalisedMessage, article?: Article, details?: Record<string, unknown>) =>
  new DomainError(code, messages, article, details);

export const forbidden = (code: CodeOfKind<'forbidden'>, messages: LocalisedMessage, article?: Article) => new DomainError(code, messages, article);
