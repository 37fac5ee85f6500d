import type { AuditEntry, RegistryEntry } from './documents.js';
import { applications, auditTrail, cycleResults, publicRegistry, reviewHistory } from './projections.js';
import { matchesTerms, registrySearchKey, searchTerms } from './public-registry/registry-search.js';
import type { AuditFilter, Page, RegistryQuery } from './store.js';

/** Where the stores find the documents their queries read. */
export const QUERY_COLLECTIONS = {
  registry: publicRegistry.collection,
  reviewHistory: reviewHistory.collection,
  auditTrail: auditTrail.collection,
  cycleResults: cycleResults.collection,
  applications: applications.collection,
} as const;

export const CHECKPOINT_COLLECTION = 'projection_checkpoints';

/**
 * Strings in code-point order, which is how MongoDB (binary collation) and FerretDB compare
 * UTF-8 text; `<` on JavaScript strings compares UTF-16 units and differs past U+FFFF.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i += 1;
  }
  return a.length - b.length;
}

export function compareRegistryEntries(a: RegistryEntry, b: RegistryEntry): number {
  return compareText(a.name, b.name) || compareText(a.platformId, b.platformId);
}

/** Folded once per document: documents are replaced, never changed in place. */
const searchKeys = new WeakMap<RegistryEntry, string>();

/** `terms`: the query's text as searchTerms gives it, computed once for a whole search. */
export function matchesRegistry(entry: RegistryEntry, query: RegistryQuery, terms: readonly string[] = searchTerms(query.text)): boolean {
  if (!entry.listed) return false;
  if (query.county !== undefined && entry.county !== query.county) return false;
  if (query.category !== undefined && !entry.categories.includes(query.category)) return false;
  if (query.status !== undefined && entry.status !== query.status) return false;
  if (query.year !== undefined && entry.certifiedIn !== query.year) return false;
  if (terms.length === 0) return true;
  let key = searchKeys.get(entry);
  if (key === undefined) {
    key = registrySearchKey(entry);
    searchKeys.set(entry, key);
  }
  return matchesTerms(key, terms);
}

export interface AuditTimeBounds {
  readonly from?: string;
  readonly to?: string;
  readonly recordedFrom?: string;
  readonly recordedTo?: string;
}

/**
 * Inclusive bounds on occurredAt (business time) and on recordedAt (the store's real time), in
 * the stored form (ISO 8601 UTC with milliseconds).
 */
export function auditTimeBounds(query: AuditFilter): AuditTimeBounds {
  return {
    ...(query.from !== undefined ? { from: normalizeInstant(query.from) } : {}),
    ...(query.to !== undefined ? { to: normalizeInstant(query.to) } : {}),
    ...(query.recordedFrom !== undefined ? { recordedFrom: normalizeInstant(query.recordedFrom) } : {}),
    ...(query.recordedTo !== undefined ? { recordedTo: normalizeInstant(query.recordedTo) } : {}),
  };
}

export function matchesAudit(entry: AuditEntry, query: AuditFilter, bounds = auditTimeBounds(query)): boolean {
  if (query.platformId !== undefined && entry.platformId !== query.platformId) return false;
  if (query.actorId !== undefined && entry.actorId !== query.actorId) return false;
  if (query.county !== undefined && entry.county !== query.county) return false;
  if (query.type !== undefined && entry.type !== query.type) return false;
  if (query.cycleYear !== undefined && entry.cycleYear !== query.cycleYear) return false;
  if (bounds.from !== undefined && entry.occurredAt < bounds.from) return false;
  if (bounds.to !== undefined && entry.occurredAt > bounds.to) return false;
  if (bounds.recordedFrom !== undefined && entry.recordedAt < bounds.recordedFrom) return false;
  if (bounds.recordedTo !== undefined && entry.recordedAt > bounds.recordedTo) return false;
  return true;
}

/** Text matched literally inside a MongoDB $regex. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Pages count from 1; a page past the end is empty but still tells the total. */
export function pageWindow(query: { readonly page: number; readonly pageSize: number }): { skip: number; limit: number } {
  if (!Number.isSafeInteger(query.page) || query.page < 1) throw new RangeError(`page must be an integer from 1, got ${query.page}`);
  if (!Number.isSafeInteger(query.pageSize) || query.pageSize < 1) {
    throw new RangeError(`pageSize must be an integer from 1, got ${query.pageSize}`);
  }
  return { skip: (query.page - 1) * query.pageSize, limit: query.pageSize };
}

export function pageOf<T>(items: readonly T[], total: number, query: { readonly page: number; readonly pageSize: number }): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}

function normalizeInstant(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}
