import { describe, expect, it } from '@jest/globals';
import { dayNumber, isIsoDate, isIsoInstant } from './dates.js';

describe('an instant is an ISO 8601 date-time with its offset (commands carry the time they were given)', () => {
  it.each([
    ['2027-03-15T09:00:00+08:00', 'seconds and the Shanghai offset'],
    ['2027-03-15T01:00Z', 'minutes only, in UTC'],
    ['2027-03-15T01:00:00.123Z', 'milliseconds'],
    ['2027-03-15T01:00:00.5-05:30', 'a fraction and a negative offset'],
  ])('%s is an instant (%s)', (value) => {
    expect(isIsoInstant(value)).toBe(true);
  });

  it.each([
    ['2027-03-15', 'a date without a time'],
    ['2027-03-15T09:00:00', 'a time without an offset'],
    ['on 2027-03-15T09:00:00Z', 'leading text'],
    ['+002027-03-15T09:00:00Z', 'an expanded year, which Date.parse would read'],
    ['2027-03-15T09:00:00Z tomorrow', 'trailing text'],
    ['2027-03-15T09:00:00.Z', 'a point without a fraction'],
    ['2027-03-15T09:00:00+8:00', 'a one-digit offset'],
    ['2027-13-45T25:61:00Z', 'the right shape but no real time'],
  ])('%s is not (%s)', (value) => {
    expect(isIsoInstant(value)).toBe(false);
  });
});

describe('calendar edges', () => {
  it('0400 is a leap year (divisible by 400), though Date.UTC would read year 0 as 1900', () => {
    expect(isIsoDate('0400-02-29')).toBe(true);
    expect(isIsoDate('0300-02-29')).toBe(false);
  });

  it('a string that is no date is refused by name', () => {
    expect(() => dayNumber('2027-3-15')).toThrow(new RangeError('not a calendar date: 2027-3-15'));
  });
});
