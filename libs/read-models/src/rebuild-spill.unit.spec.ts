import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RecordedEvent } from '@certflow/event-store';
import { BUCKETS, RebuildSpill, removeOrphans } from './rebuild-spill.js';

function event(position: number, type = 'PlatformApplied'): RecordedEvent {
  return { globalPosition: position, type, streamId: `platform-${position}`, data: { n: position } } as unknown as RecordedEvent;
}

describe('RebuildSpill', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'certflow-spill-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('gives back the events of a range of buckets, in log order, once each, a page at a time', () => {
    const spill = RebuildSpill.create(folder);
    // Event 3 touches two keys in the same part (buckets 1 and 2) and one in another part.
    const targets = new Map<number, [number, number][]>([
      [1, [[0, 5]]],
      [2, [[0, 1]]],
      [3, [[0, 1], [0, 2], [1, 1]]],
      [4, []],
      [5, [[0, BUCKETS - 1]]],
    ]);
    spill.record([1, 2, 3, 4, 5].map((n) => event(n)), (e) => targets.get(e.globalPosition)!);
    const positions = (part: number, from: number, to: number, page = 10) =>
      [...spill.events(part, from, to, page)].map((p) => p.map((e) => e.globalPosition));
    expect(positions(0, 1, 3)).toEqual([[2, 3]]);
    expect(positions(0, 0, BUCKETS, 2)).toEqual([[1, 2], [3, 5]]);
    expect(positions(1, 0, BUCKETS)).toEqual([[3]]);
    expect(positions(0, 6, BUCKETS - 1)).toEqual([]);
    expect(spill.bucketBytes(0)[1]).toBeGreaterThan(0);
    expect(spill.bucketBytes(0)[3]).toBe(0);
    spill.close();
    expect(existsSync(spill.path)).toBe(false);
  });

  it('removes the scratch files of processes that are gone, and only those', () => {
    const dead = join(folder, 'certflow-rebuild-999999999-0badf00d.sqlite');
    const mine = join(folder, `certflow-rebuild-${process.pid}-0badf00d.sqlite`);
    const other = join(folder, 'certflow-rebuild-notes.txt');
    for (const file of [dead, mine, other]) writeFileSync(file, '');
    removeOrphans(folder);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(mine)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });
});
