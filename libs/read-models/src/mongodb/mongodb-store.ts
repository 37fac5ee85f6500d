import { CertflowError } from '@certflow/errors';
import type {
  MongoBulkWriteError,
  MongoClient,
  AnyBulkWriteOperation,
  Collection,
  Db,
  Document,
  Filter,
  MongoClientOptions,
} from 'mongodb';

/**
 * The driver, loaded by the first `open`: a server on the embedded default never opens this
 * store, and loading the driver took about a tenth of its start-up CPU.
 */
let driver: typeof import('mongodb') | undefined;
const mongo = () => driver!;
import type { Cursor } from '@certflow/event-store';
import pLimit from 'p-limit';
import type { ApplicationEntry, AuditEntry, CycleDecisions, CycleResultsEntry, RegistryEntry, ReviewHistory } from '../documents.js';
import type { Projection, ReadModelDocument } from '../projection.js';
import { CHECKPOINT_COLLECTION, QUERY_COLLECTIONS, auditTimeBounds, escapeRegex, pageOf, pageWindow } from '../queries.js';
import { REGISTRY_SEARCH_FIELD, registrySearchKey, searchTerms } from '../public-registry/registry-search.js';
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

export interface MongoReadModelStoreOptions {
  readonly url: string;
  /** One database per deployment; each projection's collection and the checkpoints live in it. */
  readonly database: string;
  readonly clientOptions?: MongoClientOptions;
}

interface StoredCursor {
  position: number;
  transactionId?: string;
}

interface CheckpointDocument {
  _id: string;
  cursor: StoredCursor;
  position: number;
  rebuild?: { done: number; end: StoredCursor };
  updatedAt: Date;
}

type Operation =
  | { readonly kind: 'insert'; readonly key: string; readonly document: ReadModelDocument }
  | { readonly kind: 'replace'; readonly key: string; readonly document: ReadModelDocument; readonly expected?: number }
  | { readonly kind: 'delete'; readonly key: string; readonly expected?: number };

/**
 * FerretDB v1 (PostgreSQL backend) keeps each update statement's PostgreSQL connection until
 * the whole `update` command ends, so one command with more statements than its pool has
 * connections (20 by default) never finishes and wedges the server. Each statement also holds
 * the connection of its query while it waits for another for its write, so about as many
 * single-statement updates at once can wedge it the same way (five projections' subscriptions
 * with four each made twenty). There, replacements go one statement per command, and all the
 * updates of this store (every projection's writes, checkpoints) share this many slots.
 */
const FERRETDB_UPDATE_CONCURRENCY = 4;
/** FerretDB turns BSON into PostgreSQL jsonb in one goroutine per command: two commands keep two cores busy. */
const FERRETDB_INSERT_CONCURRENCY = 2;
/**
 * FerretDB v1 pushes an `_id` filter down to PostgreSQL as jsonb containment, which its btree
 * index on `_id` cannot serve: each replacement scans the collection (160 ms per review history
 * of 1,200 platforms on a loaded two-core machine), while a rebuild inserts at 1,000-4,000
 * events/s. A read model changed by more than about this many events is rebuilt sooner than
 * caught up (see ReadModelStore.rebuildPast); the break-even barely moves with size, as both
 * costs grow with the number of platforms.
 */
const FERRETDB_REBUILD_PAST = 500;
const FERRETDB_INSERT_CHUNK = 1_000;
const INSERT_CHUNK_BYTES = 4 * 1024 * 1024;
const LOAD_CHUNK = 10_000;

/** Read models in MongoDB through the official driver (or a MongoDB-compatible server). */
export class MongoReadModelStore implements ReadModelStore {
  readonly kind = 'mongodb';

  readonly rebuildPast: number | undefined;
  /** Updates in flight on FerretDB, all callers together (see FERRETDB_UPDATE_CONCURRENCY). */
  private readonly updateSlots = pLimit(FERRETDB_UPDATE_CONCURRENCY);

  private constructor(
    readonly client: MongoClient,
    readonly db: Db,
    /** The server is FerretDB: no statement batching for updates (see above). */
    readonly ferretdb: boolean,
  ) {
    this.rebuildPast = ferretdb ? FERRETDB_REBUILD_PAST : undefined;
  }

  static async open(options: MongoReadModelStoreOptions): Promise<MongoReadModelStore> {
    // ignoreUndefined: a field left undefined is absent, as in the memory store, not null.
    driver ??= await import('mongodb');
    const client = new driver.MongoClient(options.url, { serverSelectionTimeoutMS: 5_000, ignoreUndefined: true, ...options.clientOptions });
    try {
      await client.connect();
      const info = await client.db('admin').command({ buildInfo: 1 });
      return new MongoReadModelStore(client, client.db(options.database), typeof info.ferretdbVersion === 'string');
    } catch (error) {
      await client.close().catch(() => undefined);
      throw error;
    }
  }

  async init(projections: readonly Projection<ReadModelDocument>[]): Promise<void> {
    for (const projection of projections) await this.createIndexes(projection);
    if (projections.some((p) => p.collection === QUERY_COLLECTIONS.registry)) await this.addMissingSearchKeys();
  }

  async load<D extends ReadModelDocument>(collection: string, keys: readonly string[]): Promise<Map<string, D>> {
    const found = new Map<string, D>();
    const unique = [...new Set(keys)];
    for (let start = 0; start < unique.length; start += LOAD_CHUNK) {
      const ids = unique.slice(start, start + LOAD_CHUNK);
      const documents = await this.documents(collection).find({ _id: { $in: ids } }, { projection: storedOnly(collection) }).toArray();
      for (const document of documents) found.set(document._id, document as unknown as D);
    }
    return found;
  }

  async write<D extends ReadModelDocument>(collection: string, changes: readonly KeyedChange<D>[]): Promise<void> {
    const operations = collection === QUERY_COLLECTIONS.registry ? collapse(changes).map(withSearchKey) : collapse(changes);
    if (operations.length === 0) return;
    if (this.ferretdb) await this.writeStatementByStatement(collection, operations);
    else await this.writeInOneBulk(collection, operations);
  }

  async loadCheckpoint(projection: string): Promise<ProjectionCheckpoint | undefined> {
    const found = await this.checkpoints().findOne({ _id: projection });
    if (!found) return undefined;
    return {
      cursor: fromStoredCursor(found.cursor),
      position: found.position,
      ...(found.rebuild ? { rebuild: { done: found.rebuild.done, end: fromStoredCursor(found.rebuild.end) } } : {}),
    };
  }

  async saveCheckpoint(projection: string, checkpoint: ProjectionCheckpoint): Promise<void> {
    const { rebuild } = checkpoint;
    await this.updating(() => this.checkpoints().replaceOne(
      { _id: projection },
      {
        cursor: toStoredCursor(checkpoint.cursor),
        position: checkpoint.position,
        ...(rebuild ? { rebuild: { done: rebuild.done, end: toStoredCursor(rebuild.end) } } : {}),
        updatedAt: new Date(),
      },
      { upsert: true },
    ));
  }

  async drop(projection: Projection<ReadModelDocument>): Promise<void> {
    // The checkpoint goes first: documents without a checkpoint are rebuilt, never trusted.
    await this.checkpoints().deleteOne({ _id: projection.name });
    try {
      await this.db.collection(projection.collection).drop();
    } catch (error) {
      if (!(error instanceof mongo().MongoServerError && error.code === 26)) throw error;
    }
    await this.createIndexes(projection);
  }

  async searchRegistry(query: RegistryQuery): Promise<Page<RegistryEntry>> {
    const { skip, limit } = pageWindow(query);
    const filter: Filter<Document> = { listed: true };
    if (query.county !== undefined) filter.county = query.county;
    if (query.category !== undefined) filter.categories = query.category;
    if (query.status !== undefined) filter.status = query.status;
    if (query.year !== undefined) filter.certifiedIn = query.year;
    const terms = searchTerms(query.text);
    if (terms.length > 0) filter.$and = terms.map((term) => ({ [REGISTRY_SEARCH_FIELD]: { $regex: escapeRegex(term) } }));
    const collection = this.db.collection(QUERY_COLLECTIONS.registry);
    const [total, items] = await Promise.all([
      collection.countDocuments(filter),
      collection.find(filter, { projection: storedOnly(QUERY_COLLECTIONS.registry) }).sort({ name: 1, platformId: 1 }).skip(skip).limit(limit).toArray(),
    ]);
    return pageOf(items as unknown as RegistryEntry[], total, query);
  }

  async reviewHistory(platformId: string): Promise<ReviewHistory | undefined> {
    const found = await this.documents(QUERY_COLLECTIONS.reviewHistory).findOne({ _id: platformId });
    return (found ?? undefined) as ReviewHistory | undefined;
  }

  async searchAudit(query: AuditQuery): Promise<Page<AuditEntry>> {
    const { skip, limit } = pageWindow(query);
    const filter = auditFilter(query);
    const collection = this.db.collection(QUERY_COLLECTIONS.auditTrail);
    const [total, items] = await Promise.all([
      collection.countDocuments(filter),
      collection.find(filter).sort({ position: 1 }).skip(skip).limit(limit).toArray(),
    ]);
    return pageOf(items as unknown as AuditEntry[], total, query);
  }

  /** A cursor in batches: an export of a whole county over years holds one batch at a time. */
  async *streamAudit(query: AuditFilter): AsyncIterable<AuditEntry> {
    const cursor = this.db.collection(QUERY_COLLECTIONS.auditTrail).find(auditFilter(query)).sort({ position: 1 }).batchSize(500);
    try {
      for await (const entry of cursor) yield entry as unknown as AuditEntry;
    } finally {
      await cursor.close();
    }
  }

  async cycleDecisions(year: number): Promise<CycleDecisions> {
    const found = await this.db.collection(QUERY_COLLECTIONS.cycleResults).find({ years: year }).toArray();
    return decisionsOf(year, found as unknown as CycleResultsEntry[]);
  }

  async applications(year: number, county?: string): Promise<ApplicationEntry[]> {
    const filter = county === undefined ? { cycleYear: year } : { cycleYear: year, county };
    const found = await this.db.collection(QUERY_COLLECTIONS.applications).find(filter).sort({ position: 1 }).toArray();
    return found as unknown as ApplicationEntry[];
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  private documents(collection: string): Collection<ReadModelDocument> {
    return this.db.collection<ReadModelDocument>(collection);
  }

  private checkpoints(): Collection<CheckpointDocument> {
    return this.db.collection<CheckpointDocument>(CHECKPOINT_COLLECTION);
  }

  /**
   * Registry documents written before they carried a search key get one, so that a deployment
   * finds them by text without a rebuild. Each is set only over the document as read: one the
   * projector replaced meanwhile already has its own.
   */
  private async addMissingSearchKeys(): Promise<void> {
    const registry = this.db.collection<ReadModelDocument>(QUERY_COLLECTIONS.registry);
    const missing = await registry
      .find({ [REGISTRY_SEARCH_FIELD]: { $exists: false } }, { projection: { _id: 1, lastPosition: 1, name: 1, 'operator.name': 1 } })
      .toArray();
    await eachLimited(missing, FERRETDB_UPDATE_CONCURRENCY, async (document) => {
      const entry = document as unknown as RegistryEntry;
      await this.updating(() =>
        registry.updateOne({ _id: entry._id, lastPosition: entry.lastPosition }, { $set: { [REGISTRY_SEARCH_FIELD]: registrySearchKey(entry) } }),
      );
    });
  }

  private async createIndexes(projection: Projection<ReadModelDocument>): Promise<void> {
    const collection = this.db.collection(projection.collection);
    // Only the missing ones: FerretDB v1 drops the connection when asked for several that exist.
    const existing = new Set(
      (await collection.listIndexes().toArray().catch(ignoreMissing)).map((index) => JSON.stringify(index.key)),
    );
    const missing = projection.indexes.filter((key) => !existing.has(JSON.stringify(key)));
    if (missing.length > 0) await collection.createIndexes(missing.map((key) => ({ key })));
    else if (existing.size === 0) await this.db.createCollection(projection.collection).catch(ignoreExisting);
  }

  /** On FerretDB, waits for one of the shared update slots; elsewhere runs at once. */
  private updating<T>(update: () => Promise<T>): Promise<T> {
    return this.ferretdb ? this.updateSlots(update) : update();
  }

  private async writeInOneBulk(collection: string, operations: readonly Operation[]): Promise<void> {
    const bulk: AnyBulkWriteOperation<ReadModelDocument>[] = operations.map(toBulkOperation);
    let result;
    try {
      result = await this.documents(collection).bulkWrite(bulk, { ordered: true });
    } catch (error) {
      if (error instanceof mongo().MongoBulkWriteError && error.code === 11000) {
        throw new ReadModelConflictError(collection, duplicateKeys(error, operations), { cause: error });
      }
      throw error;
    }
    // A conditional replace never upserts: every replace either matched or upserted, or lost its race.
    const replaces = operations.filter((o) => o.kind === 'replace');
    const conditionalDeletes = operations.filter((o) => o.kind === 'delete' && o.expected !== undefined);
    if (result.matchedCount + result.upsertedCount < replaces.length || result.deletedCount < conditionalDeletes.length) {
      const conditional = [...replaces, ...conditionalDeletes].filter((o) => o.kind !== 'insert' && o.expected !== undefined);
      throw new ReadModelConflictError(collection, conditional.map((o) => o.key));
    }
  }

  private async writeStatementByStatement(collection: string, operations: readonly Operation[]): Promise<void> {
    const documents = this.documents(collection);
    const inserts = operations.filter((o): o is Extract<Operation, { kind: 'insert' }> => o.kind === 'insert');
    const chunks: (typeof inserts)[] = [];
    for (let start = 0; start < inserts.length; ) {
      // Sized by the first document, so that large ones go fewer at a time (bounded memory).
      const count = Math.max(10, Math.min(FERRETDB_INSERT_CHUNK, Math.floor(INSERT_CHUNK_BYTES / mongo().BSON.calculateObjectSize(inserts[start]!.document))));
      chunks.push(inserts.slice(start, start + count));
      start += count;
    }
    const duplicates: string[] = [];
    await eachLimited(chunks, FERRETDB_INSERT_CONCURRENCY, async (chunk) => {
      try {
        await documents.insertMany(
          chunk.map((o) => o.document),
          { ordered: false },
        );
      } catch (error) {
        if (!(error instanceof mongo().MongoBulkWriteError && error.code === 11000)) throw error;
        duplicates.push(...duplicateKeys(error, chunk));
      }
    });
    if (duplicates.length > 0) throw new ReadModelConflictError(collection, duplicates);
    const others = operations.filter((o) => o.kind !== 'insert');
    const conflicts: string[] = [];
    await eachLimited(others, FERRETDB_UPDATE_CONCURRENCY, async (operation) => {
      if (operation.kind === 'replace') {
        const filter = operation.expected === undefined ? { _id: operation.key } : { _id: operation.key, lastPosition: operation.expected };
        const result = await this.updating(() => documents.replaceOne(filter, operation.document, { upsert: operation.expected === undefined }));
        if (operation.expected !== undefined && result.matchedCount === 0) conflicts.push(operation.key);
      } else if (operation.kind === 'delete') {
        const filter = operation.expected === undefined ? { _id: operation.key } : { _id: operation.key, lastPosition: operation.expected };
        const result = await this.updating(() => documents.deleteOne(filter));
        if (operation.expected !== undefined && result.deletedCount === 0) conflicts.push(operation.key);
      }
    });
    if (conflicts.length > 0) throw new ReadModelConflictError(collection, conflicts);
  }
}

/**
 * One operation per key: the last change wins, checked against what the first change was
 * computed from (a later change in the batch was computed from the earlier one).
 */
function collapse<D extends ReadModelDocument>(changes: readonly KeyedChange<D>[]): Operation[] {
  const byKey = new Map<string, { change: KeyedChange<D>['change']; expected: number | null | undefined }>();
  for (const { key, change, expected } of changes) {
    const earlier = byKey.get(key);
    // Re-inserted so the operation sits where the key's last change was.
    byKey.delete(key);
    byKey.set(key, { change, expected: earlier ? earlier.expected : expected });
  }
  const operations: Operation[] = [];
  for (const [key, { change, expected }] of byKey) {
    if ('put' in change) {
      if (change.put._id !== key) throw new CertflowError('internal.read-model-key-mismatch', {
          zh: `文档 _id ${change.put._id} 与其键 ${key} 不符`,
          en: `document _id ${change.put._id} does not match its key ${key}`,
        });
      if (expected === null) operations.push({ kind: 'insert', key, document: change.put });
      else operations.push({ kind: 'replace', key, document: change.put, ...(expected !== undefined ? { expected } : {}) });
    } else if (expected !== null) {
      operations.push({ kind: 'delete', key, ...(expected !== undefined ? { expected } : {}) });
    }
  }
  return operations;
}

/** The registry's search key is the store's own: written with each document, never read back. */
function withSearchKey(operation: Operation): Operation {
  if (operation.kind === 'delete') return operation;
  const entry = operation.document as RegistryEntry;
  return { ...operation, document: { ...entry, [REGISTRY_SEARCH_FIELD]: registrySearchKey(entry) } as ReadModelDocument };
}

function storedOnly(collection: string): Document | undefined {
  return collection === QUERY_COLLECTIONS.registry ? { [REGISTRY_SEARCH_FIELD]: 0 } : undefined;
}

function toBulkOperation(operation: Operation): AnyBulkWriteOperation<ReadModelDocument> {
  switch (operation.kind) {
    case 'insert':
      return { insertOne: { document: operation.document } };
    case 'replace':
      return operation.expected === undefined
        ? { replaceOne: { filter: { _id: operation.key }, replacement: operation.document, upsert: true } }
        : { replaceOne: { filter: { _id: operation.key, lastPosition: operation.expected }, replacement: operation.document } };
    case 'delete':
      return {
        deleteOne: { filter: operation.expected === undefined ? { _id: operation.key } : { _id: operation.key, lastPosition: operation.expected } },
      };
  }
}

function duplicateKeys(error: MongoBulkWriteError, operations: readonly Operation[]): string[] {
  const writeErrors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
  const keys = writeErrors.filter((e) => e.code === 11000).map((e) => operations[e.index]?.key);
  return keys.filter((key): key is string => key !== undefined);
}

function toStoredCursor(cursor: Cursor): StoredCursor {
  return cursor.transactionId === undefined ? { position: cursor.position } : { position: cursor.position, transactionId: cursor.transactionId };
}

function fromStoredCursor(stored: StoredCursor): Cursor {
  return stored.transactionId === undefined ? { position: stored.position } : { position: stored.position, transactionId: stored.transactionId };
}

function ignoreMissing(error: unknown): Document[] {
  if (error instanceof mongo().MongoServerError && error.code === 26) return [];
  throw error;
}

function ignoreExisting(error: unknown): void {
  if (error instanceof mongo().MongoServerError && error.code === 48) return;
  throw error;
}

async function eachLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next]!;
      next += 1;
      await run(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

function auditFilter(query: AuditFilter): Filter<Document> {
  const filter: Filter<Document> = {};
  if (query.platformId !== undefined) filter.platformId = query.platformId;
  if (query.actorId !== undefined) filter.actorId = query.actorId;
  if (query.county !== undefined) filter.county = query.county;
  if (query.type !== undefined) filter.type = query.type;
  if (query.cycleYear !== undefined) filter.cycleYear = query.cycleYear;
  const { from, to, recordedFrom, recordedTo } = auditTimeBounds(query);
  if (from !== undefined || to !== undefined) {
    filter.occurredAt = { ...(from !== undefined ? { $gte: from } : {}), ...(to !== undefined ? { $lte: to } : {}) };
  }
  if (recordedFrom !== undefined || recordedTo !== undefined) {
    filter.recordedAt = { ...(recordedFrom !== undefined ? { $gte: recordedFrom } : {}), ...(recordedTo !== undefined ? { $lte: recordedTo } : {}) };
  }
  return filter;
}
