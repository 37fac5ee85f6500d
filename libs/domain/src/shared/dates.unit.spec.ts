import { describe, expect, it } from '@jest/globals';
import { addDays, addYears, compareDates, dayNumber, isAfter, isBefore, isIsoDate, shanghaiDate, startOfShanghaiDay, yearOf } from './dates.js';

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
    expect(() => dayNumber('2027-03-15T09:00:00+08:00')).toThrow(RangeError);
    expect(() => dayNumber('on 2027-03-15')).toThrow(RangeError);
  });

  it('knows the leap years of the years before 100 (Date.UTC would read 0004 as 1904)', () => {
    expect(isIsoDate('0004-02-29')).toBe(true);
    expect(isIsoDate('0100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(addYears('0004-02-29', 1)).toBe('0005-02-28');
  });
});

describe('an input date is a real calendar day written YYYY-MM-DD', () => {
  it.each(['2027-01-01', '2027-12-31', '2027-04-30', '2027-02-28', '2028-02-29'])('%s is a date', (date) => {
    expect(isIsoDate(date)).toBe(true);
  });

  it.each([
    ['2027-00-10', 'month 0'],
    ['2027-13-01', 'month 13'],
    ['2027-03-00', 'day 0'],
    ['2027-04-31', '31 April'],
    ['2027-02-29', '29 February of a common year'],
    ['12027-03-15', 'a five-digit year'],
    ['2027-03-15T00:00:00Z', 'an instant'],
    [' 2027-03-15', 'leading text'],
  ])('%s is not (%s)', (date) => {
    expect(isIsoDate(date)).toBe(false);
  });
});

describe('deadlines are Asia/Shanghai calendar days (UTC+8)', () => {
  it('midnight in Shanghai is 16:00 UTC of the day before', () => {
    expect(shanghaiDate('2027-03-14T15:59:59.999Z')).toBe('2027-03-14');
    expect(shanghaiDate('2027-03-14T16:00:00Z')).toBe('2027-03-15');
  });

  it('an instant with an offset lands on the Shanghai day it names', () => {
    expect(shanghaiDate('2027-03-15T23:59:59+08:00')).toBe('2027-03-15');
    expect(shanghaiDate('2027-12-31T16:00:00Z')).toBe('2028-01-01');
  });

  it('the year of a date is its first field', () => {
    expect(yearOf('2027-12-31')).toBe(2027);
    expect(yearOf('10001-01-01')).toBe(10001);
  });
});

describe('periods in days and years', () => {
  it('a 30-day notice period runs across month ends, year ends and leap days', () => {
    expect(addDays('2027-03-15', 30)).toBe('2027-04-14');
    expect(addDays('2027-12-15', 30)).toBe('2028-01-14');
    expect(addDays('2028-02-15', 14)).toBe('2028-02-29');
    expect(addDays('2027-02-15', 14)).toBe('2027-03-01');
    expect(addDays('2027-03-15', 0)).toBe('2027-03-15');
  });

  it('years end on the corresponding day, or the month end when there is none (Civil Code Art. 202)', () => {
    expect(addYears('2025-03-01', 2)).toBe('2027-03-01');
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('0998-06-05', 2)).toBe('1000-06-05');
  });
});

describe('dates worked out once are kept (the schedule asks the same ones for every platform)', () => {
  it('answers the same when asked again, for other day counts of the same date, and past the bound of dates kept', () => {
    expect(addDays('2027-12-30', 1)).toBe('2027-12-31');
    expect(addDays('2027-12-30', 2)).toBe('2028-01-01');
    expect(addDays('2027-12-30', -30)).toBe('2027-11-30');
    expect(startOfShanghaiDay('2027-05-01')).toBe('2027-04-30T16:00:00.000Z');
    for (let day = 0; day < 5_000; day += 1) {
      expect(addDays('2000-01-01', day)).toBe(new Date(Date.UTC(2000, 0, 1 + day)).toISOString().slice(0, 10));
      startOfShanghaiDay(addDays('2000-01-01', day));
    }
    expect(addDays('2027-12-30', 2)).toBe('2028-01-01');
    expect(startOfShanghaiDay('2027-05-01')).toBe('2027-04-30T16:00:00.000Z');
    expect(startOfShanghaiDay('2027-05-02')).toBe('2027-05-01T16:00:00.000Z');
  });
});
