/** A textarea's lines as a list: reasons, reviewers, evaluators are one a line. */
export const lines = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);

/** Today's date in Asia/Shanghai, where the measures' deadlines are counted. */
export function shanghaiDay(instant: string | number = Date.now()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}
