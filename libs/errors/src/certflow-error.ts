import { CATALOGUE, type Article, type CatalogueEntry, type ErrorCode } from './catalogue.js';
import { KINDS, type ErrorKind } from './kinds.js';

export interface LocalisedMessage {
  readonly zh: string;
  readonly en: string;
}

export interface ErrorOptions {
  /** The article of this instance, where the catalogue leaves it to the case. */
  readonly article?: Article;
  /** Facts of a refusal (the failed criteria, the missing materials), answered under `details`. */
  readonly details?: Record<string, unknown>;
  /** Fields answered beside the standard ones (e.g. `errors`, `streamId`). */
  readonly extra?: Record<string, unknown>;
  /** HTTP headers the answer carries (e.g. `Retry-After`, `Allow`). */
  readonly headers?: Record<string, string>;
  readonly cause?: unknown;
}

/**
 * The one base of every error certflow raises on purpose. Its code is declared in CATALOGUE,
 * which gives the kind (and so the HTTP status) and the article; the instance carries the
 * message with its specifics in zh-CN and en. It knows nothing of HTTP, so the domain may throw it.
 */
export class CertflowError extends Error {
  readonly code: ErrorCode;
  readonly kind: ErrorKind;
  readonly messages: LocalisedMessage;
  readonly article?: Article;
  readonly details?: Record<string, unknown>;
  readonly extra?: Record<string, unknown>;
  readonly headers?: Record<string, string>;

  constructor(code: ErrorCode, messages: LocalisedMessage | undefined, options: ErrorOptions = {}) {
    const entry: CatalogueEntry = CATALOGUE[code];
    const localised = messages ?? { zh: entry.zh, en: entry.en };
    super(localised.en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.kind = entry.kind;
    this.messages = localised;
    const article = options.article ?? entry.article;
    if (article !== undefined) this.article = article;
    if (options.details !== undefined) this.details = options.details;
    if (options.extra !== undefined) this.extra = options.extra;
    if (options.headers !== undefined) this.headers = options.headers;
  }

  get status(): number {
    return KINDS[this.kind].status;
  }

  get title(): string {
    return titleOf(this.code);
  }
}

export function titleOf(code: ErrorCode): string {
  const entry: CatalogueEntry = CATALOGUE[code];
  return entry.title ?? KINDS[entry.kind].title;
}

export function statusOf(code: ErrorCode): number {
  return KINDS[CATALOGUE[code].kind].status;
}

/** The exhaustive end of a switch: reaching it means a case was added and not handled. */
export function assertNever(value: never): never {
  const shown = JSON.stringify(value);
  throw new CertflowError('internal.unhandled-case', { zh: `未处理的情形：${shown}`, en: `unhandled case: ${shown}` });
}
