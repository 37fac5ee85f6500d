import { describe, expect, it } from '@jest/globals';
import { InvalidReadError } from './errors.js';
import { streamRange } from './read-options.js';

describe('streamRange asOf bounds', () => {
  it('takes the first and last instants of years 1 to 9999 (UTC), the range every store can compare against', () => {
    expect(streamRange('s', { asOf: '0001-01-01T00:00:00Z' }).asOf).toBe('0001-01-01T00:00:00.000Z');
    expect(streamRange('s', { asOf: '9999-12-31T23:59:59.999Z' }).asOf).toBe('9999-12-31T23:59:59.999Z');
  });

  it('refuses an instant in year 0 or past 9999, which PostgreSQL cannot hold (it failed the whole read query)', () => {
    expect(() => streamRange('s', { asOf: '0001-01-01T00:00:00+08:00' })).toThrow(InvalidReadError);
    expect(() => streamRange('s', { asOf: '0000-12-31T23:59:59.999Z' })).toThrow('years 1 to 9999');
    expect(() => streamRange('s', { asOf: '+010000-01-01T00:00:00Z' })).toThrow(InvalidReadError);
  });
});
