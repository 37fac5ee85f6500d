import type { IncomingMessage } from 'node:http';
import { JsonTooDeepError, MalformedJsonError, PayloadTooLargeError, RequestInvalidError, UnsupportedMediaTypeError } from '../problems/problems.js';

export const JSON_DEPTH_LIMIT = 32;
/** Nest's default body limit, kept: the largest command (an application with its 8 materials) is about 6 KB. */
export const JSON_BODY_LIMIT_BYTES = 100 * 1024;

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
/** Uploads stream their multipart body straight to the document store; nothing parses them here. */
const STREAMED_BODIES = new Set(['/api/v1/documents', '/api/v1/documents/']);

/**
 * Deeper than `limit` levels of arrays and objects? Counted on the bytes before anything parses
 * them, so that a 3 KB body of nested brackets cannot exhaust a validator's stack.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth -= 1;
  }
  return false;
}

/** Bidirectional formatting characters: they make text read differently from what it stores. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** C0 and C1 controls other than tab and newline. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
/** Text a reader cannot see: whitespace, zero-width characters, the byte-order mark. */
const INVISIBLE_ONLY = /^[\s\u180e\u200b-\u200d\u2060\ufeff]+$/u;

export type TextProblem = 'bidi' | 'control' | 'invisible' | 'unpaired-surrogate';

export function textProblem(value: string): TextProblem | undefined {
  if (!value.isWellFormed()) return 'unpaired-surrogate';
  if (BIDI.test(value)) return 'bidi';
  if (CONTROL.test(value)) return 'control';
  if (value.length > 0 && INVISIBLE_ONLY.test(value)) return 'invisible';
  return undefined;
}

const TEXT_PROBLEMS: Record<TextProblem, string> = {
  bidi: 'must not contain bidirectional control characters (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C)',
  control: 'must not contain control characters other than tab and newline',
  invisible: 'must contain visible characters',
  'unpaired-surrogate': 'must be well-formed Unicode (no unpaired surrogate)',
};

/**
 * Names every object inherits (`constructor`, `toString`, `__proto__`...): a validator that looks
 * fields up on a class finds them there and lets them through as known, so they are refused here.
 */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

function refuseInherited(key: string, path: string): void {
  if (!INHERITED.has(key)) return;
  const problem = `property ${key} should not exist`;
  throw new RequestInvalidError(`${path}: ${problem}`, [{ field: path, problems: [problem] }]);
}

/** A query string's names and values, held to the same rules as a body's. */
export function checkQuery(query: unknown): void {
  if (query === null || typeof query !== 'object') return;
  for (const [key, value] of Object.entries(query)) {
    refuseInherited(key, key);
    normaliseText(value, key);
  }
}

/**
 * Every string of a body in Unicode normal form C (a name typed on two keyboards is stored the
 * same way), refused when it hides or reorders what a reader sees.
 */
export function normaliseText(value: unknown, path = ''): unknown {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) throw new RequestInvalidError(`${path || 'body'}: ${TEXT_PROBLEMS[problem]}`, [{ field: path || 'body', problems: [TEXT_PROBLEMS[problem]] }]);
    return value.normalize('NFC');
  }
  if (Array.isArray(value)) return value.map((item, index) => normaliseText(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const field = path ? `${path}.${key}` : key;
      refuseInherited(key, field);
      out[key] = normaliseText(item, field);
    }
    return out;
  }
  return value;
}

type Done = (error: Error | null, body?: unknown) => void;
interface ParsedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
}

function pathOf(url: string): string {
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

/**
 * The one body parser of the API (Fastify's catch-all content-type parser): JSON only (415
 * otherwise), at most 100 KB (413), at most 32 levels deep (400), checked before parsing; then
 * text normalised and checked.
 */
export function jsonBody() {
  return (request: ParsedRequest, payload: IncomingMessage, done: Done) => {
    if (!BODY_METHODS.has(request.method)) return done(null, undefined);
    if (request.method === 'POST' && STREAMED_BODIES.has(pathOf(request.url))) return done(null, undefined);
    const type = (request.headers['content-type'] ?? '').toLowerCase();
    const length = Number(request.headers['content-length'] ?? 0);
    const hasBody = length > 0 || request.headers['transfer-encoding'] !== undefined;
    if (!hasBody && !type) return done(null, undefined);
    const [mediaType, ...params] = type.split(';').map((part) => part.trim());
    const charset = params.find((p) => p.startsWith('charset='))?.slice(8).replace(/"/g, '');
    if (mediaType !== 'application/json' || (charset !== undefined && charset !== 'utf-8')) {
      return done(new UnsupportedMediaTypeError(type));
    }
    if (length > JSON_BODY_LIMIT_BYTES) return done(new PayloadTooLargeError(JSON_BODY_LIMIT_BYTES));
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    payload.on('data', (chunk: Buffer) => {
      if (refused) return;
      size += chunk.length;
      if (size > JSON_BODY_LIMIT_BYTES) {
        refused = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    payload.on('error', (error) => done(new MalformedJsonError(`the body could not be read: ${error.message}`)));
    payload.on('end', () => {
      if (refused) return done(new PayloadTooLargeError(JSON_BODY_LIMIT_BYTES));
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
      } catch {
        return done(new MalformedJsonError('the body is not valid UTF-8'));
      }
      if (text.trim() === '') return done(null, undefined);
      if (nestsDeeperThan(text, JSON_DEPTH_LIMIT)) return done(new JsonTooDeepError(JSON_DEPTH_LIMIT));
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        return done(new MalformedJsonError(`the body is not valid JSON: ${(error as Error).message}`));
      }
      let body: unknown;
      try {
        body = normaliseText(parsed);
      } catch (error) {
        return done(error as Error);
      }
      done(null, body);
    });
  };
}
