import { describe, expect, it } from '@jest/globals';
import type { RebuildProgress } from '@certflow/read-models';
import { phaseBar, rebuildProgressBar } from './progress.js';

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

describe('audit verify phases on the command line', () => {
  it('draws each phase as a bar on a terminal, growing its total if the log grew, and erases it when done', () => {
    const output = fakeStream(true);
    const bar = phaseBar(output, 'hash chains', 2_000, 'events');
    expect(output.text()).toContain('hash chains [');
    bar.update(1_000);
    bar.update(2_500);
    bar.stop();
    expect(output.text().replace(/\x1b\[[\d;?]*[A-Za-z]|\x1b[78]/g, '')).toMatch(/hash chains \[=+\] 100% 2,500\/2,500 events/);
    // Erased: the last thing written clears the line, so the report starts on a clean one.
    expect(output.text()).toMatch(/\x1b\[0?K\r?$|\x1b\[2K\r?$|\r$/);
  });

  it('writes nothing when stderr is not a terminal: the report is what a script reads', () => {
    const output = fakeStream(false);
    const bar = phaseBar(output, 'hash chains', 2_000, 'events');
    bar.update(1_000);
    bar.stop();
    expect(output.text()).toBe('');
  });
});
