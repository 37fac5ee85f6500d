import { describe, expect, it } from '@jest/globals';
import { asOfIncluding, lines, shanghaiDay, shanghaiEnd, shanghaiInstant, shanghaiStart, shanghaiTime } from './text';

describe('console text and time helpers', () => {
  it('shows instants in Asia/Shanghai, where the measures count days (Arts. 12, 15)', () => {
    expect(shanghaiTime('2029-03-31T15:59:59.000Z')).toBe('2029-03-31 23:59:59');
    expect(shanghaiTime('2029-03-31T16:00:00.000Z')).toBe('2029-04-01 00:00:00');
    expect(shanghaiDay('2029-03-31T16:00:00.000Z')).toBe('2029-04-01');
  });

  it('turns a business day into the inclusive bounds the audit filters take', () => {
    expect(shanghaiStart('2029-03-01')).toBe('2029-03-01T00:00:00+08:00');
    expect(shanghaiEnd('2029-03-01')).toBe('2029-03-01T23:59:59+08:00');
  });

  it('replays as of a recorded event including it: rounded up to the second, never down', () => {
    expect(asOfIncluding('2026-12-01T13:30:05.001Z')).toBe('2026-12-01T21:30:06');
    expect(asOfIncluding('2026-12-01T13:30:05.999Z')).toBe('2026-12-01T21:30:06');
    expect(asOfIncluding('2026-12-01T13:30:05.000Z')).toBe('2026-12-01T21:30:05');
    expect(shanghaiInstant('2026-12-01T21:30:06')).toBe('2026-12-01T21:30:06+08:00');
    expect(shanghaiInstant('2026-12-01T21:30')).toBe('2026-12-01T21:30:00+08:00');
    expect(Date.parse(shanghaiInstant(asOfIncluding('2026-12-01T13:30:05.001Z')))).toBeGreaterThanOrEqual(Date.parse('2026-12-01T13:30:05.001Z'));
  });

  it('reads one reason a line, blank lines left out', () => {
    expect(lines(' 复核不合格 \n\n  拟撤销称号\n')).toEqual(['复核不合格', '拟撤销称号']);
  });
});
