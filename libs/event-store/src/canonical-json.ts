import { createHash } from 'node:crypto';
import type { EventMetadata } from './envelope.js';

/**
 * JSON with object keys sorted at every depth, so that the same value always gives the same
 * bytes whatever order its keys were written in, or whatever order a database hands them back
 * (PostgreSQL's jsonb reorders keys). Input must already have passed `assertJsonSerialisable`.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
}

/** The part of an event that its hash covers besides its place in the chain. */
export interface HashedBody {
  eventId: string;
  streamId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: EventMetadata;
}

export function canonicalBody(body: HashedBody): string {
  return canonicalJson({
    data: body.data,
    eventId: body.eventId,
    metadata: body.metadata,
    schemaVersion: body.schemaVersion,
    streamId: body.streamId,
    type: body.type,
  });
}

/**
 * SHA-256 (hex) over the previous hash in the stream ('' for the first event), the stream
 * version, the recorded time and the canonical body, joined by newlines. PostgreSQL computes
 * the same bytes in its append function, so both adapters produce interchangeable chains.
 */
export function chainHash(previousHash: string, streamVersion: number, recordedAt: string, body: string): string {
  return createHash('sha256').update(`${previousHash}\n${streamVersion}\n${recordedAt}\n${body}`, 'utf8').digest('hex');
}
