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

/** What a page says after a command: the events written and the log position its reads wait for. */
export function doneText(t: (key: string) => string, answer: { readonly events: readonly string[]; readonly globalPosition: number }): string {
  return `${t('common.done')}: ${answer.events.join(', ')} (${t('common.position')} #${answer.globalPosition})`;
}
