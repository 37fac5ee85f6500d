/** A textarea's lines as a list: reasons, reviewers, evaluators are one a line. */
export const lines = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);

/** Today's date in Asia/Shanghai, where the measures' deadlines are counted. */
export function shanghaiDay(instant: string | number = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/** A business day of Asia/Shanghai as the API's instants take it (RFC 3339 with its offset). */
export const shanghaiStart = (day: string) => `${day}T00:00:00+08:00`;
export const shanghaiEnd = (day: string) => `${day}T23:59:59+08:00`;

/** An instant shown in Asia/Shanghai, where the measures count time: `2029-03-01 10:00:00`. */
export function shanghaiTime(instant: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date(instant));
}

/**
 * The replay point that includes an event recorded at `recordedAt`, as a datetime-local value in
 * Asia/Shanghai: rounded up to the whole second, since the store keeps milliseconds and the field
 * and the API's asOf (inclusive) take seconds.
 */
export function asOfIncluding(recordedAt: string): string {
  return shanghaiTime(new Date(Math.ceil(Date.parse(recordedAt) / 1000) * 1000).toISOString()).replace(' ', 'T');
}

/** A datetime-local value (Asia/Shanghai wall time, with or without seconds) as an RFC 3339 instant. */
export function shanghaiInstant(local: string): string {
  return `${local.length === 16 ? `${local}:00` : local}+08:00`;
}
