import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AppendResult, NewEvent, RecordedEvent } from '../envelope.js';
import {
  CommandIdReusedError,
  DuplicateEventIdError,
  EventStoreClosedError,
  EventTooLargeError,
  InvalidEventError,
  InvalidExpectedVersionError,
  InvalidReadError,
  InvalidStreamIdError,
  NotSerialisableError,
  WrongExpectedVersionError,
} from '../errors.js';
import type { EventStore } from '../port.js';
import { START, type SubscriptionSource } from '../subscription.js';
import type { Upcaster } from '../upcasting.js';

export interface ContractHarness {
  open(options?: { upcasters?: readonly Upcaster[] }): Promise<EventStore>;
  /**
   * Changes one byte of a stored event's data directly in the database. Absent where the server
   * cannot change an event in place (KurrentDB): the contract then checks that it cannot.
   */
  corrupt?(streamId: string, version: number): Promise<void>;
  /** What a child process needs to open the same store: passed to append-until-killed.ts. */
  childArguments(): string[];
  dispose(): Promise<void>;
}

let streamCounter = 0;
const newStream = (label = 'stream') => `${label}-${process.pid}-${Date.now().toString(36)}-${++streamCounter}`;
const event = (type = 'Something.Happened', data: unknown = { n: 1 }): NewEvent => ({ type, data });

const childScript = join(dirname(fileURLToPath(import.meta.url)), 'append-until-killed.ts');

/**
 * The behaviour every adapter must show. Each adapter's *.int.spec.ts calls this with a harness
 * over a real database.
 */
export function eventStoreContract(name: string, makeHarness: () => Promise<ContractHarness>, traits: { readonly editableRows?: boolean } = {}): void {
  const editableRows = traits.editableRows ?? true;
  describe(`${name} event store contract`, () => {
    let harness: ContractHarness;
    let store: EventStore;

    beforeAll(async () => {
      harness = await makeHarness();
      store = await harness.open();
    });
    afterAll(async () => {
      await store?.close();
      await harness?.dispose();
    });

    describe('append and readStream', () => {
      it('numbers a stream from 1 and fills the envelope', async () => {
        const streamId = newStream();
        const result = await store.append(
          streamId,
          [event('Application.Submitted', { name: '赣州数据服务平台' }), { ...event('Material.Attached'), metadata: { causationId: 'c-1' } }],
          { expectedVersion: 'no-stream', metadata: { actorId: 'u-1', role: 'applicant', correlationId: 'k-1' } },
        );
        expect(result).toMatchObject({ streamId, streamVersion: 2, duplicate: false });
        expect(result.lastPosition).toBe(result.firstPosition + 1);
        const events = await store.readStream(streamId);
        expect(events.map((e) => e.streamVersion)).toEqual([1, 2]);
        expect(events[0]).toMatchObject({
          streamId,
          type: 'Application.Submitted',
          schemaVersion: 1,
          data: { name: '赣州数据服务平台' },
          metadata: { actorId: 'u-1', role: 'applicant', correlationId: 'k-1' },
          globalPosition: result.firstPosition,
        });
        expect(events[1]!.metadata).toEqual({ actorId: 'u-1', role: 'applicant', correlationId: 'k-1', causationId: 'c-1' });
        expect(events[0]!.eventId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        expect(events[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(events[0]!.hash).not.toBe(events[1]!.hash);
        expect(new Date(events[0]!.recordedAt).toISOString()).toBe(events[0]!.recordedAt);
      });

      it('reads an unknown stream as empty', async () => {
        await expect(store.readStream(newStream('unknown'))).resolves.toEqual([]);
      });

      it('reads a version range', async () => {
        const streamId = newStream();
        await store.append(streamId, [1, 2, 3, 4, 5].map((n) => event('N', { n })));
        const middle = await store.readStream(streamId, { fromVersion: 2, toVersion: 4 });
        expect(middle.map((e) => e.data)).toEqual([{ n: 2 }, { n: 3 }, { n: 4 }]);
        const tail = await store.readStream(streamId, { fromVersion: 4 });
        expect(tail.map((e) => e.streamVersion)).toEqual([4, 5]);
      });

      it('reads a stream as it stood at a recorded time (asOf)', async () => {
        const streamId = newStream();
        await store.append(streamId, [event('First')]);
        const [first] = await store.readStream(streamId);
        await sleep(15);
        await store.append(streamId, [event('Second')]);
        const then = await store.readStream(streamId, { asOf: first!.recordedAt });
        expect(then.map((e) => e.type)).toEqual(['First']);
        const before = await store.readStream(streamId, { asOf: new Date(Date.parse(first!.recordedAt) - 1).toISOString() });
        expect(before).toEqual([]);
        const now = await store.readStream(streamId, { asOf: new Date(Date.now() + 60_000).toISOString() });
        expect(now.map((e) => e.type)).toEqual(['First', 'Second']);
        // The same instant written in Asia/Shanghai time answers as in UTC, at the boundary and 1 ms before.
        const shanghai = (instant: number) => new Date(instant + 8 * 3_600_000).toISOString().replace('Z', '+08:00');
        const at = Date.parse(first!.recordedAt);
        expect((await store.readStream(streamId, { asOf: shanghai(at) })).map((e) => e.type)).toEqual(['First']);
        expect(await store.readStream(streamId, { asOf: shanghai(at - 1) })).toEqual([]);
      });

      it('reads one event by its id, in any letter case; an unknown or malformed id reads nothing', async () => {
        const streamId = newStream();
        await store.append(streamId, [event('First'), event('Second', { n: 2 })]);
        const [, second] = await store.readStream(streamId);
        await expect(store.readEvent(second!.eventId)).resolves.toEqual(second);
        await expect(store.readEvent(second!.eventId.toUpperCase())).resolves.toEqual(second);
        await expect(store.readEvent('01900000-0000-7000-8000-000000000000')).resolves.toBeUndefined();
        await expect(store.readEvent('not-a-uuid')).resolves.toBeUndefined();
      });

      it('refuses unreadable read options', async () => {
        await expect(store.readStream(newStream(), { asOf: 'yesterday' })).rejects.toBeInstanceOf(InvalidReadError);
        await expect(store.readStream(newStream(), { fromVersion: 0 })).rejects.toBeInstanceOf(InvalidReadError);
        await expect(store.readAll({ limit: 0 })).rejects.toBeInstanceOf(InvalidReadError);
        await expect(store.readAll({ after: -1 })).rejects.toBeInstanceOf(InvalidReadError);
      });
    });

    describe('expected versions', () => {
      it("'no-stream' passes on a new stream and fails on an existing one", async () => {
        const streamId = newStream();
        await expect(store.append(streamId, [event()], { expectedVersion: 'no-stream' })).resolves.toMatchObject({ streamVersion: 1 });
        await expect(store.append(streamId, [event()], { expectedVersion: 'no-stream' })).rejects.toMatchObject({
          constructor: WrongExpectedVersionError,
          code: 'event-store.wrong-expected-version',
          streamId,
          expected: 'no-stream',
          actual: 1,
        });
      });

      it("'stream-exists' fails on a new stream and passes on an existing one", async () => {
        const streamId = newStream();
        await expect(store.append(streamId, [event()], { expectedVersion: 'stream-exists' })).rejects.toMatchObject({
          constructor: WrongExpectedVersionError,
          actual: 0,
        });
        await expect(store.readStream(streamId)).resolves.toEqual([]);
        await store.append(streamId, [event()]);
        await expect(store.append(streamId, [event()], { expectedVersion: 'stream-exists' })).resolves.toMatchObject({
          streamVersion: 2,
        });
      });

      it('an exact version passes only when it is the current one; 0 means no stream yet', async () => {
        const streamId = newStream();
        await expect(store.append(streamId, [event()], { expectedVersion: 1 })).rejects.toMatchObject({ actual: 0 });
        await expect(store.append(streamId, [event()], { expectedVersion: 0 })).resolves.toMatchObject({ streamVersion: 1 });
        await expect(store.append(streamId, [event(), event()], { expectedVersion: 1 })).resolves.toMatchObject({
          streamVersion: 3,
        });
        await expect(store.append(streamId, [event()], { expectedVersion: 2 })).rejects.toMatchObject({
          expected: 2,
          actual: 3,
        });
        await expect(store.append(streamId, [event()], { expectedVersion: 4 })).rejects.toMatchObject({ actual: 3 });
        expect(await store.readStream(streamId)).toHaveLength(3);
      });

      it("'any' always passes", async () => {
        const streamId = newStream();
        await store.append(streamId, [event()], { expectedVersion: 'any' });
        await expect(store.append(streamId, [event()], { expectedVersion: 'any' })).resolves.toMatchObject({ streamVersion: 2 });
      });
    });

    describe('idempotency by commandId', () => {
      it('the same command twice appends once and answers as the first time', async () => {
        const streamId = newStream();
        const first = await store.append(streamId, [event(), event()], {
          expectedVersion: 'no-stream',
          metadata: { commandId: `cmd-${streamId}` },
        });
        const again = await store.append(streamId, [event(), event()], {
          expectedVersion: 'no-stream',
          metadata: { commandId: `cmd-${streamId}` },
        });
        expect(again).toEqual({ ...first, duplicate: true });
        expect(await store.readStream(streamId)).toHaveLength(2);
        await expect(store.findCommand(`cmd-${streamId}`)).resolves.toEqual({ ...first, duplicate: true });
        await expect(store.findCommand(`never-${streamId}`)).resolves.toBeUndefined();
      });

      it('concurrent retries of one command append once', async () => {
        const streamId = newStream();
        const results = await Promise.all(
          Array.from({ length: 8 }, () =>
            store.append(streamId, [event()], { expectedVersion: 'any', metadata: { commandId: `cmd-${streamId}` } }),
          ),
        );
        expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
        expect(new Set(results.map((r) => r.lastPosition)).size).toBe(1);
        expect(await store.readStream(streamId)).toHaveLength(1);
      });

      it('a commandId used on one stream is refused on another', async () => {
        const first = newStream();
        const second = newStream();
        await store.append(first, [event()], { metadata: { commandId: `cmd-${first}` } });
        await expect(store.append(second, [event()], { metadata: { commandId: `cmd-${first}` } })).rejects.toMatchObject({
          constructor: CommandIdReusedError,
          firstStreamId: first,
        });
        expect(await store.readStream(second)).toEqual([]);
      });
    });

    describe('readAll', () => {
      it('reads by global position with a limit and a type filter', async () => {
        const start = await store.headPosition();
        const streamA = newStream();
        const streamB = newStream();
        await store.append(streamA, [event('Kept', { i: 1 }), event('Dropped', { i: 2 })]);
        await store.append(streamB, [event('Kept', { i: 3 })]);
        const all = await store.readAll({ after: start });
        expect(all.map((e) => e.data)).toEqual([{ i: 1 }, { i: 2 }, { i: 3 }]);
        expect(all.map((e) => e.globalPosition)).toEqual([...all.map((e) => e.globalPosition)].sort((a, b) => a - b));
        expect(await store.readAll({ after: start, limit: 2 })).toHaveLength(2);
        const kept = await store.readAll({ after: start, types: ['Kept'] });
        expect(kept.map((e) => e.data)).toEqual([{ i: 1 }, { i: 3 }]);
        expect(await store.headPosition()).toBe(all.at(-1)!.globalPosition);
      });
    });

    describe('subscriptions', () => {
      it('catches up, switches to live, and never skips or repeats', async () => {
        const seen: RecordedEvent[] = [];
        const before = await store.headPosition();
        const streamId = newStream();
        for (let i = 0; i < 30; i += 1) await store.append(streamId, [event('Tick', { i })]);
        const subscription = store.subscribe(`catch-up-${streamId}`, (batch) => {
          seen.push(...batch);
        }, { batchSize: 7, pollIntervalMs: 20 });
        await subscription.caughtUp();
        const writers = Array.from({ length: 4 }, (_, w) =>
          (async () => {
            for (let i = 0; i < 25; i += 1) await store.append(`${streamId}-live-${w}`, [event('Tick', { w, i })]);
          })(),
        );
        await Promise.all(writers);
        await subscription.caughtUp();
        await subscription.stop();
        const mine = seen.filter((e) => e.globalPosition > before && e.streamId.startsWith(streamId));
        expect(mine).toHaveLength(30 + 100);
        expect(new Set(mine.map((e) => e.eventId)).size).toBe(mine.length);
        const all = (await store.readAll({ after: before, limit: 10_000 })).filter((e) => e.streamId.startsWith(streamId));
        expect(new Set(mine.map((e) => e.eventId))).toEqual(new Set(all.map((e) => e.eventId)));
        for (const id of [streamId, ...[0, 1, 2, 3].map((w) => `${streamId}-live-${w}`)]) {
          const versions = mine.filter((e) => e.streamId === id).map((e) => e.streamVersion);
          expect(versions).toEqual(versions.map((_, i) => i + 1));
        }
      });

      it('moves its checkpoint only after the handler succeeds, and resumes from it', async () => {
        const name = `checkpoint-${newStream()}`;
        const streamId = newStream();
        const before = await store.headPosition();
        await store.append(streamId, [event('A'), event('B')]);
        const relevant = (batch: readonly RecordedEvent[]) => batch.filter((e) => e.streamId === streamId);
        let failures = 0;
        const deliveries: string[][] = [];
        const first = store.subscribe(
          name,
          (batch) => {
            if (relevant(batch).length === 0) return;
            deliveries.push(relevant(batch).map((e) => e.type));
            if (failures++ === 0) throw new Error('handler failed once');
          },
          { pollIntervalMs: 10, retryDelayMs: 10, onError: () => undefined },
        );
        await first.caughtUp();
        await first.stop();
        expect(deliveries).toEqual([['A', 'B'], ['A', 'B']]);
        expect(first.position).toBeGreaterThan(before);

        await store.append(streamId, [event('C')]);
        const resumed: string[] = [];
        const second = store.subscribe(name, (batch) => void resumed.push(...relevant(batch).map((e) => e.type)), {
          pollIntervalMs: 10,
        });
        await second.caughtUp();
        await second.stop();
        expect(resumed).toEqual(['C']);
      });

      it('hands only the requested types to the handler', async () => {
        const streamId = newStream();
        const got: string[] = [];
        await store.append(streamId, [event('Wanted'), event('Other'), event('Wanted')]);
        const subscription = store.subscribe(
          `typed-${streamId}`,
          (batch) => void got.push(...batch.filter((e) => e.streamId === streamId).map((e) => e.type)),
          { types: ['Wanted'], pollIntervalMs: 10 },
        );
        await subscription.caughtUp();
        await subscription.stop();
        expect(got).toEqual(['Wanted', 'Wanted']);
      });
    });

    describe('upcasters', () => {
      it('readers see the newest shape while the stored row keeps its hash', async () => {
        const streamId = newStream();
        await store.append(streamId, [{ type: 'Platform.Named', schemaVersion: 1, data: { name: '平台' } }]);
        const upcasting = await harness.open({
          upcasters: [
            { type: 'Platform.Named', fromSchemaVersion: 1, upcast: (data) => ({ ...(data as object), locale: 'zh-CN' }) },
            {
              type: 'Platform.Named',
              fromSchemaVersion: 2,
              upcast: (data) => {
                const { name, ...rest } = data as { name: string };
                return { ...rest, names: { 'zh-CN': name } };
              },
            },
          ],
        });
        try {
          const [read] = await upcasting.readStream(streamId);
          expect(read).toMatchObject({ schemaVersion: 3, data: { locale: 'zh-CN', names: { 'zh-CN': '平台' } } });
          const [fromAll] = (await upcasting.readAll({ after: read!.globalPosition - 1, limit: 1 }));
          expect(fromAll).toMatchObject({ schemaVersion: 3 });
          expect((await upcasting.verifyChains({ streamId })).breaks).toEqual([]);
        } finally {
          await upcasting.close();
        }
      });
    });

    describe('tamper evidence', () => {
      it('a clean store verifies', async () => {
        const report = await store.verifyChains();
        expect(report.breaks).toEqual([]);
        expect(report.events).toBeGreaterThan(0);
      });

      it('a stored event cannot be replaced through the store: an append at a taken version is refused', async () => {
        const streamId = newStream();
        await store.append(streamId, [event('A', { amount: 2000000 }), event('B', { amount: 1999999 })]);
        await expect(store.append(streamId, [event('B', { amount: 1 })], { expectedVersion: 1 })).rejects.toBeInstanceOf(WrongExpectedVersionError);
        expect((await store.readStream(streamId, { fromVersion: 2 }))[0]?.data).toEqual({ amount: 1999999 });
        expect((await store.verifyChains({ streamId })).breaks).toEqual([]);
      });

      (editableRows ? it : it.skip)('one changed byte is found and named by stream and version', async () => {
        const streamId = newStream();
        await store.append(streamId, [event('A', { amount: 2000000 }), event('B', { amount: 1999999 }), event('C')]);
        await harness.corrupt!(streamId, 2);
        const report = await store.verifyChains();
        expect(report.breaks).toEqual([
          expect.objectContaining({ streamId, streamVersion: 2, problem: 'hash-mismatch' }),
        ]);
        const one = await store.verifyChains({ streamId });
        expect(one.breaks).toHaveLength(1);
        expect(one.events).toBe(3);
      });
    });

    describe('bad input gives a typed error and writes nothing', () => {
      const cases: [string, () => [string, NewEvent[], object?], new (...args: never[]) => Error][] = [
        ['an empty stream id', () => ['', [event()]], InvalidStreamIdError],
        ['an over-long stream id', () => ['s'.repeat(201), [event()]], InvalidStreamIdError],
        ['a stream id with a newline', () => ['a\nb', [event()]], InvalidStreamIdError],
        ['an event over 1 MiB', () => [newStream(), [event('Big', { blob: 'x'.repeat(1024 * 1024) })]], EventTooLargeError],
        ['an unknown expected-version form', () => [newStream(), [event()], { expectedVersion: 'latest' }], InvalidExpectedVersionError],
        ['a negative expected version', () => [newStream(), [event()], { expectedVersion: -1 }], InvalidExpectedVersionError],
        ['a fractional expected version', () => [newStream(), [event()], { expectedVersion: 1.5 }], InvalidExpectedVersionError],
        ['a function in the data', () => [newStream(), [event('F', { f: () => 1 })]], NotSerialisableError],
        ['a BigInt in the data', () => [newStream(), [event('F', { n: 10n })]], NotSerialisableError],
        ['NaN in the data', () => [newStream(), [event('F', { n: Number.NaN })]], NotSerialisableError],
        ['a Date in the data', () => [newStream(), [event('F', { at: new Date() })]], NotSerialisableError],
        ['undefined in the data', () => [newStream(), [event('F', { gone: undefined })]], NotSerialisableError],
        ['a circular structure', () => {
          const loop: Record<string, unknown> = {};
          loop.self = loop;
          return [newStream(), [event('F', loop)]];
        }, NotSerialisableError],
        ['a NUL character', () => [newStream(), [event('F', { s: 'a\u0000b' })]], NotSerialisableError],
        ['no events', () => [newStream(), []], InvalidEventError],
        ['an empty type', () => [newStream(), [event('')]], InvalidEventError],
      ];
      it.each(cases)('%s', async (_label, make, errorClass) => {
        const head = await store.headPosition();
        const [streamId, events, options] = make();
        await expect(store.append(streamId, events, options)).rejects.toBeInstanceOf(errorClass);
        expect(await store.headPosition()).toBe(head);
      });

      it('an event id given twice is refused and the append writes nothing', async () => {
        const streamId = newStream();
        const eventId = '0190f1a2-7b3c-7d4e-8f00-123456789abc'.replace('123456789abc', Date.now().toString(16).padStart(12, '0'));
        await store.append(streamId, [{ ...event(), eventId }]);
        const head = await store.headPosition();
        await expect(store.append(streamId, [event('Fine'), { ...event(), eventId }])).rejects.toBeInstanceOf(DuplicateEventIdError);
        expect(await store.headPosition()).toBe(head);
        expect(await store.readStream(streamId)).toHaveLength(1);
      });

      it('an event of exactly 1 MiB less a little is accepted', async () => {
        const streamId = newStream('big');
        const blob = 'y'.repeat(1024 * 1024 - 400);
        await expect(store.append(streamId, [event('Big', { blob })])).resolves.toMatchObject({ streamVersion: 1 });
        const [read] = await store.readStream(streamId);
        expect((read!.data as { blob: string }).blob).toHaveLength(blob.length);
      });
    });

    describe('reliability', () => {
      it('64 writers, 20,000 appends over 100 streams, random expected versions: nothing lost, doubled or reordered', async () => {
        const prefix = newStream('load');
        const streams = Array.from({ length: 100 }, (_, i) => `${prefix}-${i}`);
        const known = new Map<string, number>();
        const acknowledged: { eventId: string; result: AppendResult }[] = [];
        const rejectedIds = new Set<string>();
        let rejections = 0;
        let remaining = 20_000;
        let random = 42;
        const next = () => ((random = (random * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
        const writer = async () => {
          while (remaining > 0) {
            remaining -= 1;
            const streamId = streams[Math.floor(next() * streams.length)]!;
            const believed = known.get(streamId) ?? 0;
            const roll = next();
            const expectedVersion =
              roll < 0.55 ? believed : roll < 0.7 ? 'any' : roll < 0.8 ? 'no-stream' : roll < 0.9 ? 'stream-exists' : Math.floor(next() * 300);
            const eventId = crypto.randomUUID();
            try {
              const result = await store.append(streamId, [{ type: 'Load', data: { streamId, expectedVersion }, eventId }], {
                expectedVersion,
              });
              acknowledged.push({ eventId, result });
              known.set(streamId, Math.max(known.get(streamId) ?? 0, result.streamVersion));
            } catch (error) {
              expect(error).toBeInstanceOf(WrongExpectedVersionError);
              const { actual } = error as WrongExpectedVersionError;
              if (expectedVersion === 'no-stream') expect(actual).toBeGreaterThan(0);
              else if (expectedVersion === 'stream-exists') expect(actual).toBe(0);
              else expect(actual).not.toBe(expectedVersion);
              rejections += 1;
              rejectedIds.add(eventId);
              known.set(streamId, Math.max(known.get(streamId) ?? 0, actual));
            }
          }
        };
        await Promise.all(Array.from({ length: 64 }, writer));
        expect(acknowledged.length + rejections).toBe(20_000);
        expect(acknowledged.length).toBeGreaterThan(5_000);
        expect(rejections).toBeGreaterThan(500);

        const stored: RecordedEvent[] = [];
        for (const streamId of streams) stored.push(...(await store.readStream(streamId)));
        expect(stored).toHaveLength(acknowledged.length);
        const byId = new Map(stored.map((e) => [e.eventId, e]));
        expect(byId.size).toBe(stored.length);
        for (const { eventId, result } of acknowledged) {
          const found = byId.get(eventId);
          expect(found).toBeDefined();
          expect(found!.streamVersion).toBe(result.streamVersion);
          expect(found!.globalPosition).toBe(result.lastPosition);
        }
        for (const id of rejectedIds) expect(byId.has(id)).toBe(false);
        for (const streamId of streams) {
          const versions = stored.filter((e) => e.streamId === streamId).map((e) => e.streamVersion);
          expect(versions).toEqual(versions.map((_, i) => i + 1));
          const positions = stored.filter((e) => e.streamId === streamId).map((e) => e.globalPosition);
          for (let i = 1; i < positions.length; i += 1) expect(positions[i]!).toBeGreaterThan(positions[i - 1]!);
        }
        const first = Math.min(...stored.map((e) => e.globalPosition));
        const log: RecordedEvent[] = [];
        for (let after = first - 1; ; ) {
          const page = await store.readAll({ after, limit: 5000 });
          if (page.length === 0) break;
          log.push(...page.filter((e) => e.streamId.startsWith(prefix)));
          after = page.at(-1)!.globalPosition;
        }
        expect(log).toHaveLength(stored.length);
        for (let i = 1; i < log.length; i += 1) expect(log[i]!.globalPosition).toBeGreaterThan(log[i - 1]!.globalPosition);
        for (const streamId of streams.slice(0, 10)) expect((await store.verifyChains({ streamId })).breaks).toEqual([]);
      }, 180_000);

      it('a process killed with SIGKILL mid-append loses nothing it acknowledged', async () => {
        const folder = mkdtempSync(join(tmpdir(), 'certflow-kill-'));
        const sideLog = join(folder, 'acknowledged.log');
        const streamPrefix = newStream('killed');
        const child = spawn(process.execPath, ['--import', 'tsx', childScript, sideLog, streamPrefix, ...harness.childArguments()], {
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (chunk) => (stderr += String(chunk)));
        const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
        const deadline = Date.now() + 60_000;
        while (Date.now() < deadline) {
          if (existsSync(sideLog) && readFileSync(sideLog, 'utf8').split('\n').filter((line) => line.endsWith(';')).length > 300) break;
          if (child.exitCode !== null) throw new Error(`child exited early: ${stderr}`);
          await sleep(20);
        }
        child.kill('SIGKILL');
        await exited;
        const acknowledgedLines = readFileSync(sideLog, 'utf8').split('\n').filter((line) => line.endsWith(';'));
        expect(acknowledgedLines.length).toBeGreaterThan(300);

        const reopened = await harness.open();
        try {
          for (const line of acknowledgedLines) {
            const [streamId, version, eventId] = line.slice(0, -1).split(' ');
            const [found] = await reopened.readStream(streamId!, { fromVersion: Number(version), toVersion: Number(version) });
            expect(found?.eventId).toBe(eventId);
          }
          const streamIds = new Set(acknowledgedLines.map((line) => line.split(' ')[0]!));
          for (const streamId of streamIds) expect((await reopened.verifyChains({ streamId })).breaks).toEqual([]);
          await expect(reopened.append(`${streamPrefix}-after`, [event()])).resolves.toMatchObject({ streamVersion: 1 });
        } finally {
          await reopened.close();
        }
      }, 120_000);
    });

    describe('closed', () => {
      it('answers the appends it took before close: written and acknowledged, there after reopening', async () => {
        const closing = await harness.open();
        const streams = [newStream('closing'), newStream('closing'), newStream('closing')];
        // Three at once: on the adapters with group commit some wait in a queue while others are sent.
        const pending = streams.map((stream) => closing.append(stream, [event()]));
        await closing.close();
        const results = await Promise.all(pending);
        const reopened = await harness.open();
        try {
          for (const [i, stream] of streams.entries()) {
            expect((await reopened.readStream(stream)).map((e) => e.globalPosition)).toEqual([results[i]!.firstPosition]);
          }
        } finally {
          await reopened.close();
        }
      });

      it("refuses appends, reads, the chains, the log and checkpoints as closed (EventStoreClosedError), not with its driver's own error", async () => {
        const closing = await harness.open();
        const stream = newStream('closed');
        const { firstPosition } = await closing.append(stream, [event()], { metadata: { commandId: `${stream}-command` } });
        const [written] = await closing.readStream(stream);
        await closing.close();
        // What every adapter offers its subscriptions (SubscriptionSource), beside the port.
        const source = closing as unknown as SubscriptionSource;
        const calls: Record<string, () => Promise<unknown>> = {
          append: () => closing.append(stream, [event()]),
          readStream: () => closing.readStream(stream),
          readAll: () => closing.readAll({ after: firstPosition - 1 }),
          readEvent: () => closing.readEvent(written!.eventId),
          headPosition: () => closing.headPosition(),
          findCommand: () => closing.findCommand(`${stream}-command`),
          hasPendingUpTo: () => closing.hasPendingUpTo({ position: 0 }, firstPosition),
          verifyChains: () => closing.verifyChains(),
          verifyOneChain: () => closing.verifyChains({ streamId: stream }),
          'log.seal': () => closing.log.seal(),
          'log.size': () => closing.log.size(),
          'log.leaves': () => closing.log.leaves(0, 10),
          'log.leafOf': () => closing.log.leafOf(written!.eventId),
          'log.checkLeaves': () => closing.log.checkLeaves(0, 10),
          'log.unsealed': () => closing.log.unsealed(),
          'log.saveHead': () => closing.log.saveHead({ treeSize: 1, rootHash: '0'.repeat(64), timestamp: written!.recordedAt, algorithm: 'Ed25519', keyId: 'closed', signature: 'AA' }),
          'log.heads': () => closing.log.heads(),
          readAfter: () => source.readAfter(START, 10),
          loadCheckpoint: () => source.loadCheckpoint('closed'),
          saveCheckpoint: () => source.saveCheckpoint('closed', { position: firstPosition }),
        };
        for (const [name, call] of Object.entries(calls)) {
          const outcome = await call().then(
            () => 'answered',
            (error: unknown) => (error instanceof EventStoreClosedError ? 'closed' : String(error)),
          );
          expect({ name, outcome }).toEqual({ name, outcome: 'closed' });
        }
      });
    });
  });
}
