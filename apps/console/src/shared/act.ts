import { ref } from 'vue';
import { ProblemError, type Problem } from '../api/client';

/**
 * A page's refusal and its last done command: every page shows the API's problem in the chosen
 * language (ProblemAlert) and what a command wrote, with its position (the read after it waits
 * for that position, so the person sees their own write).
 */
export function useAct() {
  const problem = ref<Problem>();
  const done = ref('');
  async function run<T>(call: () => Promise<T>, fresh = true): Promise<T | undefined> {
    problem.value = undefined;
    if (fresh) done.value = '';
    try {
      return await call();
    } catch (error) {
      if (error instanceof ProblemError) problem.value = error.problem;
      else throw error;
      return undefined;
    }
  }
  return { problem, done, run };
}

/** A business day of Asia/Shanghai as the API's instants take it (RFC 3339 with its offset). */
export const shanghaiStart = (day: string) => `${day}T00:00:00+08:00`;
export const shanghaiEnd = (day: string) => `${day}T23:59:59+08:00`;

/** An instant shown in Asia/Shanghai, where the measures count time. */
export function shanghaiTime(instant: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(instant));
}
