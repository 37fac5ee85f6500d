import { describe, expect, it } from '@jest/globals';
import { NO_STREAM, jsonEvent, type AppendStreamState, type JSONEventData } from '@kurrent/kurrentdb-client';
import { verifyChains } from '../chain.js';
import { WrongExpectedVersionError } from '../errors.js';
import type { ExpectedVersion, RecordedEvent } from '../envelope.js';
import { prepareAppend } from '../validation.js';
import {
  EMPTY_TAIL,
  ENVELOPE_KEY,
  ForeignEventError,
  INTERNAL_TYPE_PREFIX,
  afterConflict,
  chainEvents,
  checkExpected,
  checkpointData,
  checkpointStreamOf,
  commandStreamOf,
  cursorOfCheckpoint,
  leafOfData,
  LOG_LEAVES_STREAM,
  eventIdFor,
  positionOf,
  readPositionAt,
  streamStateFor,
  toRecorded,
  typeFilterRegex,
  versionOf,
  withCommandEventIds,
  type StoredEvent,
} from './mapping.js';

const AT = new Date('2027-03-01T02:00:00.000Z');

/** What the server would hand back for the events of an append, at invented commit positions. */
function stored(streamId: string, outgoing: ReturnType<typeof chainEvents>, firstRevision: number, firstCommit: number): StoredEvent[] {
  return outgoing.map((event, index) => ({
    id: event.id,
    type: event.type,
    streamId,
    revision: BigInt(firstRevision + index),
    data: event.data,
    metadata: JSON.parse(JSON.stringify(event.metadata)),
    position: { commit: BigInt(firstCommit + index * 137), prepare: BigInt(firstCommit + index * 137) },
  }));
}

describe('expected versions (certflow 1-based versions, KurrentDB 0-based revisions)', () => {
  it('maps a stream of n events to revision n - 1, and an absent stream to no_stream', () => {
    const states: AppendStreamState[] = [streamStateFor(0), streamStateFor(1), streamStateFor(10)];
    expect(states).toEqual([NO_STREAM, 0n, 9n]);
    expect([versionOf(undefined), versionOf(0n), versionOf(9n)]).toEqual([0, 1, 10]);
  });

  const cases: [ExpectedVersion, number, boolean][] = [
    ['any', 0, true],
    ['any', 7, true],
    ['no-stream', 0, true],
    ['no-stream', 1, false],
    ['stream-exists', 0, false],
    ['stream-exists', 1, true],
    [0, 0, true],
    [0, 1, false],
    [3, 3, true],
    [3, 2, false],
    [3, 4, false],
  ];
  it.each(cases)('expected %p against version %p holds: %p', (expected, current, holds) => {
    if (holds) expect(() => checkExpected('s-1', expected, current)).not.toThrow();
    else expect(() => checkExpected('s-1', expected, current)).toThrow(WrongExpectedVersionError);
  });

  it('names the stream, the expectation and the version found when it refuses', () => {
    expect(() => checkExpected('platform-x', 2, 5)).toThrow(expect.objectContaining({ streamId: 'platform-x', expected: 2, actual: 5 }));
  });

  it('after a refusal by the server: reads again for any, stream-exists and commands; refuses an exact version; gives up at the last attempt', () => {
    expect(afterConflict('any', undefined, 1, 8)).toBe('read-again');
    expect(afterConflict('stream-exists', undefined, 1, 8)).toBe('read-again');
    expect(afterConflict(4, 'cmd-1', 1, 8)).toBe('read-again');
    expect(afterConflict(4, undefined, 1, 8)).toBe('refuse');
    expect(afterConflict('no-stream', undefined, 1, 8)).toBe('refuse');
    expect(afterConflict('any', undefined, 8, 8)).toBe('refuse');
    expect(afterConflict('any', undefined, 7, 8)).toBe('read-again');
  });
});

describe('event ids from command ids', () => {
  it('gives the same UUIDs for the same command and index, different ones otherwise', () => {
    expect(eventIdFor('cmd-1', 0)).toBe(eventIdFor('cmd-1', 0));
    expect(eventIdFor('cmd-1', 0)).not.toBe(eventIdFor('cmd-1', 1));
    expect(eventIdFor('cmd-1', 0)).not.toBe(eventIdFor('cmd-2', 0));
    expect(eventIdFor('cmd-1', 0)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('fills in only the ids the caller left out, from the shared or the event metadata', () => {
    const given = '0190f1a2-0000-7000-8000-000000000001';
    const filled = withCommandEventIds([{ type: 'A', data: {} }, { type: 'B', data: {}, eventId: given }], { commandId: 'cmd-9' });
    expect(filled.map((e) => e.eventId)).toEqual([eventIdFor('cmd-9', 0), given]);
    expect(withCommandEventIds([{ type: 'A', data: {}, metadata: { commandId: 'cmd-8' } }], undefined)[0]!.eventId).toBe(eventIdFor('cmd-8', 0));
    expect(withCommandEventIds([{ type: 'A', data: {} }], undefined)[0]!.eventId).toBeUndefined();
  });

  it('a retried append prepares byte-identical events, so the chain and the server both see a repeat', () => {
    const once = () => prepareAppend('s-1', withCommandEventIds([{ type: 'A', data: { n: 1 } }], { commandId: 'cmd-7' }), { metadata: { commandId: 'cmd-7' } });
    expect(once().events[0]!.body).toBe(once().events[0]!.body);
  });
});

describe('the chain and the envelope in KurrentDB metadata', () => {
  it('chains an append onto the stream tail and reads back what the other adapters would store', async () => {
    const first = prepareAppend('platform-a', [{ type: 'A', data: { amount: 2000000 } }, { type: 'B', data: { amount: 1999999 } }], { metadata: { actorId: 'u1' } });
    const out1 = chainEvents(first, EMPTY_TAIL, AT);
    const rows1 = stored('platform-a', out1, 0, 1000);
    const tail = toRecorded(rows1[1]!);
    const second = prepareAppend('platform-a', [{ type: 'C', data: {} }]);
    // The writer's clock went back a second: recorded time must not.
    const out2 = chainEvents(second, { version: tail.streamVersion, hash: tail.hash, recordedAt: tail.recordedAt }, new Date(AT.getTime() - 1000));
    const events: RecordedEvent[] = [...rows1, ...stored('platform-a', out2, 2, 5000)].map(toRecorded);

    expect(events.map((e) => [e.streamVersion, e.type, e.globalPosition])).toEqual([
      [1, 'A', 1000],
      [2, 'B', 1137],
      [3, 'C', 5000],
    ]);
    expect(events[2]!.recordedAt).toBe(AT.toISOString());
    expect(events[0]!.metadata).toEqual({ actorId: 'u1' });
    expect(events[0]!.metadata).not.toHaveProperty(ENVELOPE_KEY);
    const report = await verifyChains(
      (async function* () {
        yield* events;
      })(),
      new Map([['platform-a', { version: 3, hash: events[2]!.hash }]]),
    );
    expect(report).toMatchObject({ streams: 1, events: 3, breaks: [] });
  });

  it('a changed byte in the data is a hash mismatch at that version', async () => {
    const append = prepareAppend('s-2', [{ type: 'A', data: { amount: 2000000 } }, { type: 'B', data: { amount: 1999999 } }]);
    const rows = stored('s-2', chainEvents(append, EMPTY_TAIL, AT), 0, 10);
    const tampered = { ...rows[1]!, data: { amount: 1999998 } };
    const events = [rows[0]!, tampered].map(toRecorded);
    const report = await verifyChains(
      (async function* () {
        yield* events;
      })(),
      new Map([['s-2', { version: 2, hash: events[1]!.hash }]]),
    );
    expect(report.breaks).toEqual([expect.objectContaining({ streamId: 's-2', streamVersion: 2, problem: 'hash-mismatch' })]);
  });

  it('goes into the client as a JSON event with its id, type, data and metadata', () => {
    const [outgoing] = chainEvents(prepareAppend('s-3', [{ type: 'ApplicationSubmitted', data: { platformId: 'p' } }]), EMPTY_TAIL, AT);
    const event = jsonEvent({ id: outgoing!.id, type: outgoing!.type, data: outgoing!.data as { platformId: string }, metadata: outgoing!.metadata }) as JSONEventData;
    expect(event).toMatchObject({ id: outgoing!.id, contentType: 'application/json', type: 'ApplicationSubmitted', data: { platformId: 'p' } });
    expect((event.metadata as Record<string, { streamVersion: number }>)[ENVELOPE_KEY]!.streamVersion).toBe(1);
  });

  it('refuses an event certflow did not write: the chain cannot vouch for it', () => {
    expect(() => toRecorded({ id: 'x', type: 'T', streamId: 's', revision: 0n, data: {}, metadata: { actorId: 'someone' } })).toThrow(ForeignEventError);
  });
});

describe('positions in $all', () => {
  it('uses the commit position as the global position, exactly, up to 2^53 - 1', () => {
    expect(positionOf(18446n)).toBe(18446);
    expect(positionOf(BigInt(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => positionOf(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toThrow(RangeError);
    expect(readPositionAt(18446)).toEqual({ commit: 18446n, prepare: 18446n });
  });

  it('filters $all to certflow events, or to the types asked for (types are matched whole, dots literally)', () => {
    const all = new RegExp(typeFilterRegex(undefined));
    expect(all.test('ApplicationSubmitted')).toBe(true);
    expect(all.test('$metadata')).toBe(false);
    expect(all.test(`${INTERNAL_TYPE_PREFIX}command-recorded`)).toBe(false);
    const some = new RegExp(typeFilterRegex(['Platform.Certified', 'ApplicationSubmitted']));
    expect(some.test('Platform.Certified')).toBe(true);
    expect(some.test('PlatformxCertified')).toBe(false);
    expect(some.test('ApplicationSubmittedAgain')).toBe(false);
    expect(some.test('ApplicationSubmitted')).toBe(true);
  });
});

describe('bookkeeping streams', () => {
  it('names one stream per command (hashed: command ids may hold any text) and per checkpoint', () => {
    expect(commandStreamOf('idem-abc')).toMatch(/^certflow-command-[0-9a-f]{64}$/);
    expect(commandStreamOf('idem-abc')).not.toBe(commandStreamOf('idem-abd'));
    expect(checkpointStreamOf('projector:registry')).toBe('certflow-checkpoint-projector:registry');
  });

  it('keeps a checkpoint as its position and reads back only a sound one', () => {
    expect(cursorOfCheckpoint(JSON.parse(JSON.stringify(checkpointData({ position: 4242 }))))).toEqual({ position: 4242 });
    expect(cursorOfCheckpoint({ position: -1 })).toBeUndefined();
    expect(cursorOfCheckpoint({ position: '12' })).toBeUndefined();
    expect(cursorOfCheckpoint(null)).toBeUndefined();
  });
});

describe('the log tree in a bookkeeping stream', () => {
  it('numbers a leaf by its revision in the leaves stream and keeps its position, stream, version and hash', () => {
    const data = JSON.parse(JSON.stringify({ globalPosition: 4242, eventId: 'e', streamId: 'platform-a', streamVersion: 3, leafHash: 'ab' }));
    expect(leafOfData(data, 7)).toEqual({ index: 7, globalPosition: 4242, streamId: 'platform-a', streamVersion: 3, leafHash: 'ab' });
    expect(new RegExp(typeFilterRegex(undefined)).test(`${INTERNAL_TYPE_PREFIX}log-leaf`)).toBe(false);
    expect(LOG_LEAVES_STREAM.startsWith('certflow-')).toBe(true);
  });
});
