import type { AuditEntry, CycleDecisions, CycleResultsEntry, RegistryEntry, ReviewHistory } from '../documents.js';
import type { Projection, ReadModelDocument } from '../projection.js';
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
  decisionsOf,
  type AuditQuery,
  type KeyedChange,
  type Page,
  type ProjectionCheckpoint,
  type ReadModelStore,
  type RegistryQuery,
} from '../store.js';

/**
 * The embedded default: one Map per collection, lost with the process, so the projector
 * rebuilds it from the log at start. Documents are shared, not copied: projections are pure
 * and never change the document they are given.
 */
export class MemoryReadModelStore implements ReadModelStore {
  readonly kind = 'memory';
  private readonly collections = new Map<string, Map<string, ReadModelDocument>>();
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
    for (const { key, change } of changes) {
      if ('put' in change) documents.set(key, change.put);
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
    return this.collection(QUERY_COLLECTIONS.reviewHistory).get(platformId) as ReviewHistory | undefined;
  }

  async searchAudit(query: AuditQuery): Promise<Page<AuditEntry>> {
    const { skip, limit } = pageWindow(query);
    const bounds = auditTimeBounds(query);
    const matching: AuditEntry[] = [];
    for (const entry of this.collection(QUERY_COLLECTIONS.auditTrail).values() as Iterable<AuditEntry>) {
      if (matchesAudit(entry, query, bounds)) matching.push(entry);
    }
    matching.sort((a, b) => a.position - b.position);
    return pageOf(matching.slice(skip, skip + limit), matching.length, query);
  }

  async cycleDecisions(year: number): Promise<CycleDecisions> {
    const entries = this.collection(QUERY_COLLECTIONS.cycleResults).values() as Iterable<CycleResultsEntry>;
    return decisionsOf(year, entries);
  }

  async close(): Promise<void> {}

  /** Every document of a collection (benchmarks and tests compare stores with it). */
  documents(collection: string): IterableIterator<ReadModelDocument> {
    return this.collection(collection).values();
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

