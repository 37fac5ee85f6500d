import { describe, expect, it } from '@jest/globals';
import { EventTooLargeError, InvalidEventError, InvalidExpectedVersionError, InvalidStreamIdError, NotSerialisableError } from './errors.js';
import { MAX_EVENT_BYTES, MAX_STREAM_ID_LENGTH, parseExpectedVersion, prepareAppend } from './validation.js';

const ok = { type: 'T', data: {} };

describe('prepareAppend', () => {
  it('accepts a stream id of exactly the maximum length and refuses one character more', () => {
    expect(prepareAppend('s'.repeat(MAX_STREAM_ID_LENGTH), [ok]).streamId).toHaveLength(MAX_STREAM_ID_LENGTH);
    expect(() => prepareAppend('s'.repeat(MAX_STREAM_ID_LENGTH + 1), [ok])).toThrow(InvalidStreamIdError);
  });

  it('accepts an event of exactly 1 MiB and refuses one byte more', () => {
    const sizeOf = (blob: string) => Buffer.byteLength(prepareAppend('s', [{ type: 'T', data: { blob }, eventId: ID }]).events[0]!.body);
    const overhead = sizeOf('');
    expect(sizeOf('x'.repeat(MAX_EVENT_BYTES - overhead))).toBe(MAX_EVENT_BYTES);
    expect(() => prepareAppend('s', [{ type: 'T', data: { blob: 'x'.repeat(MAX_EVENT_BYTES - overhead + 1) }, eventId: ID }])).toThrow(
      EventTooLargeError,
    );
  });

  it('merges append metadata under each event, the event winning, and drops undefined fields', () => {
    const prepared = prepareAppend('s', [{ ...ok, metadata: { role: 'city', county: undefined } }], {
      metadata: { actorId: 'u', role: 'county' },
    });
    expect(prepared.events[0]!.metadata).toEqual({ actorId: 'u', role: 'city' });
  });

  it('gives every event a UUID v7 unless it brings its own', () => {
    const [generated, given] = prepareAppend('s', [ok, { ...ok, eventId: ID.toUpperCase() }]).events;
    expect(generated!.eventId).toMatch(/^[0-9a-f-]{14}7/);
    expect(given!.eventId).toBe(ID);
  });

  it('refuses two command ids in one append', () => {
    expect(() =>
      prepareAppend('s', [
        { ...ok, metadata: { commandId: 'a' } },
        { ...ok, metadata: { commandId: 'b' } },
      ]),
    ).toThrow(InvalidEventError);
  });

  it('names the path of what cannot be stored', () => {
    expect(() => prepareAppend('s', [{ type: 'T', data: { list: [1, { at: new Map() }] } }])).toThrow(
      expect.objectContaining({ path: 'events[0].data.list[1].at' }) as never,
    );
    expect(() => prepareAppend('s', [{ type: 'T', data: { s: '\ud800' } }])).toThrow(NotSerialisableError);
    expect(() => prepareAppend('s', [{ type: 'T', data: { n: Infinity } }])).toThrow(NotSerialisableError);
  });
});

describe('parseExpectedVersion', () => {
  it.each([0, 1, 42, 'no-stream', 'stream-exists', 'any'])('accepts %p', (value) => {
    expect(parseExpectedVersion(value)).toBe(value);
  });
  it.each([-1, 1.5, '3', 'latest', null, NaN, {}])('refuses %p', (value) => {
    expect(() => parseExpectedVersion(value)).toThrow(InvalidExpectedVersionError);
  });
});

const ID = '0190f1a2-7b3c-7d4e-8f00-00000000abcd';
