import type { RecordedEvent } from '@certflow/event-store';

/** Every read-model document remembers the last global position applied to it. */
export interface ReadModelDocument {
  readonly _id: string;
  readonly lastPosition: number;
}

/**
 * What one event does to one document: the new document, or `delete`. The store writes it only
 * when the event's position is past the document's `lastPosition`, so replaying or repeating an
 * event changes nothing.
 */
export type DocumentChange<D extends ReadModelDocument> = { readonly put: D } | { readonly delete: true };

/**
 * A projection is pure: it reads nothing but the document and the event. `keys` names the
 * documents an event touches (usually one; none for events the projection ignores).
 */
export interface Projection<D extends ReadModelDocument> {
  readonly name: string;
  /** Collection (MongoDB) or map (memory) the documents live in. */
  readonly collection: string;
  /** Event types this projection reads; subscriptions pass only these. */
  readonly eventTypes: readonly string[];
  keys(event: RecordedEvent): readonly string[];
  apply(document: D | undefined, event: RecordedEvent, key: string): DocumentChange<D> | undefined;
  /** Indexes the MongoDB store creates at start (field specs, e.g. { county: 1, status: 1 }). */
  readonly indexes: readonly Record<string, 1 | -1>[];
  /**
   * Each key is written by one event only, whose document is absent before it and never changes
   * after (a document per event, as the audit trail keeps): the projector writes such documents
   * as inserts without looking them up first, and looks up only when an insert finds one stored
   * (an event applied again after a crash).
   */
  readonly writesOnce?: boolean;
}

/** Applies one event to one document with the idempotency rule every store shares. */
export function applyEvent<D extends ReadModelDocument>(
  projection: Projection<D>,
  document: D | undefined,
  event: RecordedEvent,
  key: string,
): DocumentChange<D> | undefined {
  if (alreadyApplied(document, event)) return undefined;
  return projection.apply(document, event, key);
}

export function alreadyApplied(document: ReadModelDocument | undefined, event: RecordedEvent): boolean {
  return document !== undefined && document.lastPosition >= event.globalPosition;
}

/**
 * The `apply` of a projection whose events only create or replace documents: the idempotency
 * check (the store checks positions too; checking here keeps `apply` itself idempotent), then
 * `evolve`, where undefined means the event changes nothing.
 */
export function putting<D extends ReadModelDocument>(
  evolve: (document: D | undefined, event: RecordedEvent, key: string) => D | undefined,
): Projection<D>['apply'] {
  return (document, event, key) => {
    if (alreadyApplied(document, event)) return undefined;
    const next = evolve(document, event, key);
    return next ? { put: next } : undefined;
  };
}
