import { CertflowError } from '@certflow/errors';
import type { Cursor } from '@certflow/event-store';
import type { ServiceCategory } from '@certflow/domain';
import type { ApplicationEntry, AuditEntry, CycleDecisions, CycleResultsEntry, RegistryEntry, ReviewHistory } from './documents.js';
import type { DocumentChange, Projection, ReadModelDocument } from './projection.js';

export type RegistryStatus = 'certified' | 'under-recheck' | 'revocation-announced' | 'revoked';

export interface RegistryQuery {
  /** Part of the platform's or the operator's name (Chinese text), matched literally. */
  readonly text?: string;
  readonly county?: string;
  readonly category?: ServiceCategory;
  readonly status?: RegistryStatus;
  /** Certified in that cycle year. */
  readonly year?: number;
  readonly page: number;
  readonly pageSize: number;
}

export interface AuditQuery {
  readonly platformId?: string;
  readonly actorId?: string;
  /** County of the platform concerned. */
  readonly county?: string;
  readonly type?: string;
  /** Inclusive ISO 8601 bounds on the time the decision was taken (occurredAt). */
  readonly from?: string;
  readonly to?: string;
  /**
   * Inclusive ISO 8601 bounds on the time the store wrote the event (recordedAt). On a training
   * server the business clock is simulated and runs years away from recorded time.
   */
  readonly recordedFrom?: string;
  readonly recordedTo?: string;
  /** Entries of that cycle year (AuditEntry.cycleYear). */
  readonly cycleYear?: number;
  readonly page: number;
  readonly pageSize: number;
}

/** An audit query without paging: what an export streams whole. */
export type AuditFilter = Omit<AuditQuery, 'page' | 'pageSize'>;

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
}

export interface KeyedChange<D extends ReadModelDocument> {
  readonly key: string;
  readonly change: DocumentChange<D>;
  /**
   * The stored document the change was computed from: its `lastPosition`, or `null` when none
   * was stored. Given, the store writes only over that same document (an insert for `null`)
   * and throws ReadModelConflictError otherwise; left out, the change is written over whatever
   * is stored.
   */
  readonly expected?: number | null;
}

/** Documents changed under a writer since it read them (another projector instance, a rebuild). */
export class ReadModelConflictError extends CertflowError {
  constructor(
    readonly collection: string,
    readonly keys: readonly string[],
    options?: { cause?: unknown },
  ) {
    const shown = keys.slice(0, 5).join(', ');
    super('read-models.conflict', {
      zh: `${collection} 的 ${keys.length} 个文档在读取后已被更改：${shown}`,
      en: `${keys.length} document(s) of ${collection} changed since they were read: ${shown}`,
    }, options);
  }
}

/** Where a projection stands: its subscription cursor and the highest position it applied. */
export interface ProjectionCheckpoint {
  readonly cursor: Cursor;
  readonly position: number;
  /**
   * Present while a rebuild that builds the documents in several passes over the log is under
   * way: the documents whose key hashes below `done` (a fraction of the key space) are complete
   * up to `end`; the others are not to be trusted. A projector resumes the rebuild first.
   */
  readonly rebuild?: { readonly done: number; readonly end: Cursor };
}

/**
 * Read-model storage, in memory (embedded default) or MongoDB. Documents and the checkpoint
 * of the projection that wrote them live in the same store.
 */
export interface ReadModelStore {
  readonly kind: 'memory' | 'mongodb';
  /**
   * Events behind the head past which a projection whose documents change (not `writesOnce`) is
   * rebuilt from nothing at start rather than caught up: set where replacing one document costs
   * a scan of its collection (FerretDB v1), so that catching up costs the documents changed
   * times the collection's size, and a rebuild, which only inserts, costs the log.
   */
  readonly rebuildPast?: number;
  /** Creates collections and indexes the projections declare. */
  init(projections: readonly Projection<ReadModelDocument>[]): Promise<void>;
  load<D extends ReadModelDocument>(collection: string, keys: readonly string[]): Promise<Map<string, D>>;
  /** Applies changes (already filtered by position) in order; a later change to a key wins. */
  write<D extends ReadModelDocument>(collection: string, changes: readonly KeyedChange<D>[]): Promise<void>;
  loadCheckpoint(projection: string): Promise<ProjectionCheckpoint | undefined>;
  saveCheckpoint(projection: string, checkpoint: ProjectionCheckpoint): Promise<void>;
  /** Removes a projection's documents and checkpoint (before a rebuild). */
  drop(projection: Projection<ReadModelDocument>): Promise<void>;

  searchRegistry(query: RegistryQuery): Promise<Page<RegistryEntry>>;
  reviewHistory(platformId: string): Promise<ReviewHistory | undefined>;
  searchAudit(query: AuditQuery): Promise<Page<AuditEntry>>;
  /** Every matching entry in log order, one at a time (exports): never the whole answer at once where the store can help it. */
  streamAudit(filter: AuditFilter): AsyncIterable<AuditEntry>;
  /** What the cycle of `year` decided, for PublishResults (Art. 13). */
  cycleDecisions(year: number): Promise<CycleDecisions>;
  /** The applications of the cycle of `year` (of one county if given), in the order of their latest decision (Arts. 8-11). */
  applications(year: number, county?: string): Promise<ApplicationEntry[]>;
  close(): Promise<void>;
}

/** A year's list from the cycle-results documents that decided in it: platforms in code-unit order of their id. */
export function decisionsOf(year: number, entries: Iterable<CycleResultsEntry>): CycleDecisions {
  const certified: { platformId: string; name: string }[] = [];
  const revoked: { platformId: string; name: string }[] = [];
  for (const entry of entries) {
    const decision = entry.decisions.find((d) => d.year === year);
    if (!decision || entry.name === undefined) continue;
    (decision.outcome === 'certified' ? certified : revoked).push({ platformId: entry.platformId, name: entry.name });
  }
  const order = (a: { platformId: string }, b: { platformId: string }) => (a.platformId < b.platformId ? -1 : a.platformId > b.platformId ? 1 : 0);
  return { certified: certified.sort(order), revoked: revoked.sort(order) };
}
