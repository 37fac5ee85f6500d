/**
 * Calendar arithmetic on dates of Asia/Shanghai. China has kept UTC+8 without daylight saving
 * since 1991, so a fixed offset is exact for every date this system handles.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** What addYears may produce: a year past 9999 has more than four digits. */
const ANY_YEAR_DATE = /^(\d{4,})-(\d{2})-(\d{2})$/;
/**
 * The Gregorian calendar repeats every 400 years (146,097 days). Date.UTC reads years 0-99 as
 * 1900-1999, so arithmetic is done 400 years later and shifted back.
 */
const CYCLE_YEARS = 400;
const CYCLE_DAYS = 146_097;

export type IsoDate = string;
export type IsoInstant = string;

export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function isIsoInstant(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
}

/** The Shanghai calendar date of an instant. */
export function shanghaiDate(instant: IsoInstant): IsoDate {
  return new Date(Date.parse(instant) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export function yearOf(date: IsoDate): number {
  return Number(date.split('-')[0]);
}

/**
 * Days since 1970-01-01. Date rules compare these, never the strings: '10001-12-31' sorts
 * before '2027-03-15' as text.
 */
export function dayNumber(date: IsoDate): number {
  const match = ANY_YEAR_DATE.exec(date);
  if (!match) throw new RangeError(`not a calendar date: ${date}`);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  return Date.UTC(y + CYCLE_YEARS, m - 1, d) / DAY_MS - CYCLE_DAYS;
}

/** Negative when a is earlier than b, zero on the same day, positive when later. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return dayNumber(a) - dayNumber(b);
}

export const isBefore = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) < 0;
export const isAfter = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) > 0;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year + CYCLE_YEARS, month, 0)).getUTCDate();
}

/**
 * Civil Code Art. 202: a period counted in years ends on the corresponding day, or on the last
 * day of the month when that month has no such day (29 Feb + 1 year = 28 Feb).
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const day = Math.min(d, daysInMonth(year, m));
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The schedule works out the same few dates for every platform of a cycle (its deadlines, the
 * reminder days before them): kept once worked out, they took most of the 0.8 s its items of
 * 20,000 platforms cost. Bounded: past the bound it starts over.
 */
const KEPT_DATES = 4_096;
const addedDays = new Map<string, IsoDate>();

export function addDays(date: IsoDate, days: number): IsoDate {
  const key = `${date}|${days}`;
  const kept = addedDays.get(key);
  if (kept !== undefined) return kept;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const result = new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
  if (addedDays.size >= KEPT_DATES) addedDays.clear();
  addedDays.set(key, result);
  return result;
}

/** The first instant of a Shanghai calendar day: when a deadline that ended the day before has passed. */
const dayStarts = new Map<IsoDate, IsoInstant>();

export function startOfShanghaiDay(date: IsoDate): IsoInstant {
  const kept = dayStarts.get(date);
  if (kept !== undefined) return kept;
  const result = new Date(dayNumber(date) * DAY_MS - SHANGHAI_OFFSET_MS).toISOString();
  if (dayStarts.size >= KEPT_DATES) dayStarts.clear();
  dayStarts.set(date, result);
  return result;
}
