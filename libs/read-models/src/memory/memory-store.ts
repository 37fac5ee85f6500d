import { CertflowError } from '@certflow/errors';
import type { ApplicationEntry, AuditEntry, CycleDecisions, CycleResultsEntry, RegistryEntry, ReviewHistory } from '../documents.js';
import type { EventStore } from '@certflow/event-store';
import { applyEvent, type Projection, type ReadModelDocument } from '../projection.js';
import { auditTrail } from '../audit-trail/audit-trail.projection.js';
import { reviewHistory } from '../review-history/review-history.projection.js';
import {
  QUERY_COLLECTIONS,
  auditTimeBounds,
  compareRegistryEntries,
  matchesAudit,
  matchesRegistry,
  pageOf,
  pageWindow,
} from '../queries.js';
import { searchTerms } from '../public-registry/registry-search.js';
import {
  ReadModelConflictError,
  type AuditFilter,
  decisionsOf,
  type AuditQuery,
  type KeyedChange,
  type Page,
  type ProjectionCheckpoint,
  type ReadModelStore,
  type RegistryQuery,
} from '../store.js';

/** A memory store's whole content, as `image` gives it and `restore` takes it. */
export interface MemoryStoreImage {
  readonly compact: boolean;
  readonly collections: ReadonlyMap<string, Map<string, ReadModelDocument>>;
  readonly checkpoints: ReadonlyMap<string, ProjectionCheckpoint>;
}

/** What the compact store reads back from the log. */
export type LogReader = Pick<EventStore, 'readStream' | 'readAll'>;

/** The audit entry's fields the audit search filters and sorts on; the rest is read back from the log. */
type AuditIndexEntry = Pick<
  AuditEntry,
  '_id' | 'lastPosition' | 'position' | 'type' | 'platformId' | 'county' | 'actorId' | 'cycleYear' | 'occurredAt' | 'recordedAt'
>;

/**
 * The embedded default: one Map per collection, lost with the process, so the projector
 * rebuilds it from the log at start (or restores a start-up snapshot). Documents are shared, not copied: projections are pure
 * and never change the document they are given.
 *
 * Given the log (`certflow serve`), the store is compact: the two read models whose documents
 * repeat the events' data are not held. The audit trail keeps an index entry per event (what its
 * search filters on, about 0.4 KB) and rebuilds the entries of the page asked for from their
 * events; a platform's review history is its stream folded at query time (one short stream).
 * Held whole, these took about 30 KB of heap per certified platform, 600 MB for a cycle of 20,000.
 */
export class MemoryReadModelStore implements ReadModelStore {
  readonly kind = 'memory';
  private readonly collections = new Map<string, Map<string, ReadModelDocument>>();
  /** Strings many index entries share (types, actors, counties, days), held once. */
  private readonly interned = new Map<string, string>();

  constructor(private readonly log?: LogReader) {}
  private readonly checkpoints = new Map<string, ProjectionCheckpoint>();
  /** The listed registry entries in name order, until the registry is written or dropped. */
  private sortedRegistry: readonly RegistryEntry[] | undefined;

  async init(projections: readonly Projection<ReadModelDocument>[]): Promise<void> {
    for (const projection of projections) this.collection(projection.collection);
  }

  async load<D extends ReadModelDocument>(collection: string, keys: readonly string[]): Promise<Map<string, D>> {
    const documents = this.collection(collection);
    const found = new Map<string, D>();
    for (const key of keys) {
      const document = documents.get(key);
      if (document) found.set(key, document as D);
    }
    return found;
  }

  async write<D extends ReadModelDocument>(collection: string, changes: readonly KeyedChange<D>[]): Promise<void> {
    // Folded from the log at query time: nothing to keep (the projector finds no document and
    // builds each one afresh, which costs a little work and no memory).
    if (this.log && collection === reviewHistory.collection) return;
    const documents = this.collection(collection);
    // Only a key's first change in the batch is checked: a later one was computed from it.
    const seen = new Set<string>();
    const conflicts: string[] = [];
    for (const { key, expected } of changes) {
      if (seen.has(key)) continue;
      seen.add(key);
      if (expected !== undefined && (documents.get(key)?.lastPosition ?? null) !== expected) conflicts.push(key);
    }
    if (conflicts.length > 0) throw new ReadModelConflictError(collection, conflicts);
    const compact = this.log !== undefined && collection === auditTrail.collection;
    for (const { key, change } of changes) {
      if ('put' in change) documents.set(key, compact ? this.indexEntry(change.put as unknown as AuditEntry) : change.put);
      else documents.delete(key);
    }
    if (collection === QUERY_COLLECTIONS.registry) this.sortedRegistry = undefined;
  }

  async loadCheckpoint(projection: string): Promise<ProjectionCheckpoint | undefined> {
    return this.checkpoints.get(projection);
  }

  async saveCheckpoint(projection: string, checkpoint: ProjectionCheckpoint): Promise<void> {
    this.checkpoints.set(projection, checkpoint);
  }

  async drop(projection: Projection<ReadModelDocument>): Promise<void> {
    this.checkpoints.delete(projection.name);
    this.collections.set(projection.collection, new Map());
    if (projection.collection === QUERY_COLLECTIONS.registry) this.sortedRegistry = undefined;
  }

  async searchRegistry(query: RegistryQuery): Promise<Page<RegistryEntry>> {
    const { skip, limit } = pageWindow(query);
    const items: RegistryEntry[] = [];
    let total = 0;
    const terms = searchTerms(query.text);
    for (const entry of this.listedRegistry()) {
      if (!matchesRegistry(entry, query, terms)) continue;
      if (total >= skip && items.length < limit) items.push(entry);
      total += 1;
    }
    return pageOf(items, total, query);
  }

  async reviewHistory(platformId: string): Promise<ReviewHistory | undefined> {
    if (!this.log) return this.collection(QUERY_COLLECTIONS.reviewHistory).get(platformId) as ReviewHistory | undefined;
    const types = new Set(reviewHistory.eventTypes);
    let document: ReviewHistory | undefined;
    for (const event of await this.log.readStream(`platform-${platformId}`)) {
      if (!types.has(event.type) || !reviewHistory.keys(event).includes(platformId)) continue;
      const change = applyEvent(reviewHistory, document, event, platformId);
      if (change) document = 'put' in change ? change.put : undefined;
    }
    return document;
  }

  async searchAudit(query: AuditQuery): Promise<Page<AuditEntry>> {
    const { skip, limit } = pageWindow(query);
    const matching = this.matchingAudit(query);
    const page = matching.slice(skip, skip + limit);
    return pageOf(this.log ? await this.fullEntries(page) : page, matching.length, query);
  }

  async cycleDecisions(year: number): Promise<CycleDecisions> {
    const entries = this.collection(QUERY_COLLECTIONS.cycleResults).values() as Iterable<CycleResultsEntry>;
    return decisionsOf(year, entries);
  }

  async applications(year: number, county?: string): Promise<ApplicationEntry[]> {
    const found: ApplicationEntry[] = [];
    for (const entry of this.collection(QUERY_COLLECTIONS.applications).values() as Iterable<ApplicationEntry>) {
      if (entry.cycleYear === year && (county === undefined || entry.county === county)) found.push(entry);
    }
    return found.sort((a, b) => a.position - b.position);
  }

  /** The full store holds its documents already; the compact one rebuilds them a slice at a time from the log. */
  async *streamAudit(filter: AuditFilter): AsyncIterable<AuditEntry> {
    const matching = this.matchingAudit(filter);
    if (!this.log) {
      yield* matching;
      return;
    }
    for (let from = 0; from < matching.length; from += 500) yield* await this.fullEntries(matching.slice(from, from + 500));
  }

  async close(): Promise<void> {}

  /**
   * The documents and checkpoints as they stand, shared, not copied: to be serialised in the same
   * turn of the event loop (a start-up snapshot), before a write can change them.
   */
  image(): MemoryStoreImage {
    return { compact: this.log !== undefined, collections: this.collections, checkpoints: this.checkpoints };
  }

  /**
   * Takes the documents and checkpoints of an image in place of its own, before the projector
   * starts: each projection then catches up from its checkpoint instead of from the beginning.
   * False (and nothing taken) for an image of a store of the other form.
   */
  restore(image: MemoryStoreImage): boolean {
    // The compact store leaves review histories out: an image of the other form would lack them or hold them for nothing.
    if (image.compact !== (this.log !== undefined)) return false;
    this.collections.clear();
    this.checkpoints.clear();
    this.sortedRegistry = undefined;
    for (const [name, documents] of image.collections) this.collections.set(name, documents);
    for (const [name, checkpoint] of image.checkpoints) this.checkpoints.set(name, checkpoint);
    // A deserialised index holds its own copy of every repeated string: held once again.
    const audit = this.collections.get(auditTrail.collection);
    if (this.log && audit) {
      for (const [key, entry] of audit) audit.set(key, this.indexEntry(entry as unknown as AuditEntry));
    }
    return true;
  }

  private indexEntry(entry: AuditEntry): AuditIndexEntry {
    const shared = (text: string) => {
      const held = this.interned.get(text);
      if (held !== undefined) return held;
      this.interned.set(text, text);
      return text;
    };
    return {
      _id: entry._id,
      lastPosition: entry.lastPosition,
      position: entry.position,
      type: shared(entry.type),
      ...(entry.platformId !== undefined ? { platformId: entry.platformId } : {}),
      ...(entry.county !== undefined ? { county: shared(entry.county) } : {}),
      actorId: shared(entry.actorId),
      ...(entry.cycleYear !== undefined ? { cycleYear: entry.cycleYear } : {}),
      occurredAt: entry.occurredAt,
      recordedAt: entry.recordedAt,
    };
  }

  /** The audit entries of a page, each rebuilt from its event as the projection built it. */
  private async fullEntries(index: readonly AuditEntry[]): Promise<AuditEntry[]> {
    const entries: AuditEntry[] = [];
    for (const { _id, position } of index) {
      const [event] = await this.log!.readAll({ after: position - 1, limit: 1 });
      const change = event && event.globalPosition === position ? auditTrail.apply(undefined, event, _id) : undefined;
      if (!change || !('put' in change)) {
        throw new CertflowError('read-models.entry-not-in-log', {
          zh: `审计条目 ${_id} 指向的位置 ${position} 在日志中没有该事件`,
          en: `the log has no event at position ${position} for audit entry ${_id}`,
        });
      }
      entries.push(change.put);
    }
    return entries;
  }

  /** Every document of a collection (benchmarks and tests compare stores with it). */
  documents(collection: string): IterableIterator<ReadModelDocument> {
    return this.collection(collection).values();
  }

  private matchingAudit(filter: AuditFilter): AuditEntry[] {
    const bounds = auditTimeBounds(filter);
    const matching: AuditEntry[] = [];
    for (const entry of this.collection(QUERY_COLLECTIONS.auditTrail).values() as Iterable<AuditEntry>) {
      if (matchesAudit(entry, filter, bounds)) matching.push(entry);
    }
    return matching.sort((a, b) => a.position - b.position);
  }

  /** Sorting every listed entry took most of a registry read, so the sorted list is kept. */
  private listedRegistry(): readonly RegistryEntry[] {
    this.sortedRegistry ??= ([...this.collection(QUERY_COLLECTIONS.registry).values()] as RegistryEntry[])
      .filter((entry) => entry.listed)
      .sort(compareRegistryEntries);
    return this.sortedRegistry;
  }

  private collection(name: string): Map<string, ReadModelDocument> {
    let documents = this.collections.get(name);
    if (!documents) {
      documents = new Map();
      this.collections.set(name, documents);
    }
    return documents;
  }
}

