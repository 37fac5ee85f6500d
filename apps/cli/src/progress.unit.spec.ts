import { describe, expect, it } from '@jest/globals';
import type { RebuildProgress } from '@certflow/read-models';
import { rebuildProgressBar } from './progress.js';

const step = (events: number, finished = false): RebuildProgress => ({
  pass: 1,
  passes: 1,
  events,
  total: 1_000,
  eventsPerSecond: 500,
  etaSeconds: finished ? 0 : (1_000 - events) / 500,
  elapsedMs: events * 2,
  finished,
});

function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: () => string } {
  let written = '';
  return {
    isTTY,
    columns: 100,
    write: (chunk: string) => ((written += chunk), true),
    on: () => undefined,
    removeListener: () => undefined,
    text: () => written,
  } as unknown as NodeJS.WriteStream & { text: () => string };
}

describe('rebuild progress on the command line', () => {
  it('draws a bar on a terminal and ends with a plain summary line', () => {
    const output = fakeStream(true);
    const report = rebuildProgressBar(output);
    report(step(250));
    report(step(1_000, true));
    // Escape sequences aside, the bar shows share, counts and speed.
    const text = output.text().replace(/\x1b\[[\d;?]*[A-Za-z]|\x1b[78]/g, '');
    expect(text).toMatch(/rebuild \[=+-*\] 100% 1,000\/1,000 events · 500 ev\/s/);
    expect(text.trimEnd().split('\n').at(-1)).toBe('rebuild: done, 1,000 events in 0:02 (500 events/s)');
  });

  it('writes plain lines when stderr is not a terminal', () => {
    const output = fakeStream(false);
    const report = rebuildProgressBar(output);
    report(step(250));
    report(step(1_000, true));
    expect(output.text()).toBe('rebuild: 250/1,000 events (25%), 500 events/s, 0:02 left\nrebuild: done, 1,000 events in 0:02 (500 events/s)\n');
  });
});
