import { describe, expect, it } from '@jest/globals';
import { addYears, compareDates, dayNumber, isAfter, isBefore, isIsoDate } from './dates.js';

describe('dates compare as dates, not as strings', () => {
  it('a five-digit year is later than any four-digit one, though it sorts earlier as text', () => {
    expect('10001-12-31' < '2027-03-15').toBe(true);
    expect(isAfter('10001-12-31', '2027-03-15')).toBe(true);
    expect(compareDates(addYears('9999-12-31', 2), '2027-03-15')).toBeGreaterThan(0);
  });

  it('counts days across months, leap days and the years before 100', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(compareDates('2028-03-01', '2028-02-28')).toBe(2);
    expect(compareDates('2027-03-01', '2027-02-28')).toBe(1);
    expect(compareDates('0099-12-31', '0100-01-01')).toBe(-1);
    expect(dayNumber('0001-01-01')).toBe(-719_162);
  });

  it('same day is neither before nor after', () => {
    expect(compareDates('2027-03-15', '2027-03-15')).toBe(0);
    expect(isBefore('2027-03-15', '2027-03-15')).toBe(false);
    expect(isAfter('2027-03-15', '2027-03-15')).toBe(false);
  });

  it('refuses what is not a date', () => {
    expect(() => dayNumber('2027-3-15')).toThrow(RangeError);
  });

  it('knows the leap years of the years before 100 (Date.UTC would read 0004 as 1904)', () => {
    expect(isIsoDate('0004-02-29')).toBe(true);
    expect(isIsoDate('0100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(addYears('0004-02-29', 1)).toBe('0005-02-28');
  });
});
