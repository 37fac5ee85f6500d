import { describe, expect, it } from '@jest/globals';
import { KeySet, keyFraction } from './key-hash.js';

describe('KeySet', () => {
  it('finds every key added, through many growths, and counts a key added twice once', () => {
    const keys = new KeySet();
    for (let i = 0; i < 50_000; i += 1) keys.add(`event-${i}`);
    keys.add('event-7');
    expect(keys.size).toBe(50_000);
    for (let i = 0; i < 50_000; i += 1) expect(keys.has(`event-${i}`)).toBe(true);
  });

  it('does not find keys never added (52-bit fingerprints: no collision among these)', () => {
    const keys = new KeySet();
    for (let i = 0; i < 20_000; i += 1) keys.add(`platform-${i}`);
    let found = 0;
    for (let i = 20_000; i < 40_000; i += 1) if (keys.has(`platform-${i}`)) found += 1;
    expect(found).toBe(0);
    expect(new KeySet().has('')).toBe(false);
  });
});

describe('keyFraction', () => {
  it('spreads keys over [0, 1) evenly enough to slice by', () => {
    const quarters = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i += 1) {
      const at = keyFraction(`platform-${i}`);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(at).toBeLessThan(1);
      quarters[Math.floor(at * 4)]! += 1;
    }
    for (const count of quarters) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});
