import createClient, { type Middleware } from 'openapi-fetch';
import { reactive } from 'vue';
// Through a path alias (tsconfig), so that a test can type-check the console against types generated from another document.
import type { components, paths } from '@certflow/api-types';
import { session } from '../shared/session';
import { locale } from '../i18n';

export type Schemas = components['schemas'];
export type Problem = Schemas['ProblemDto'];

/** What the console shows of the server's clock and of the caller's own last write. */
export const serverState = reactive({
  /** Business time of a training server (Certflow-Simulated-Business-Time); undefined on a real one. */
  simulatedNow: undefined as string | undefined,
  /** Global position of this browser's last write: queries wait for it (minPosition). */
  lastPosition: 0,
});

const middleware: Middleware = {
  onRequest({ request }) {
    if (session.token) request.headers.set('Authorization', `Bearer ${session.token}`);
    request.headers.set('Accept-Language', locale.value === 'en' ? 'en, zh-CN;q=0.5' : 'zh-CN, en;q=0.5');
    return request;
  },
  onResponse({ response }) {
    const simulated = response.headers.get('Certflow-Simulated-Business-Time');
    if (simulated) serverState.simulatedNow = simulated;
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: '' });
api.use(middleware);

/** A refusal of the API, carrying its problem+json (code, article, messages in both languages). */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

/**
 * The data of an answer, or a ProblemError. A command's answer moves lastPosition, so the next
 * read passes minPosition and sees the write.
 */
export async function must<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) {
    const problem = (error ?? {}) as Partial<Problem>;
    throw new ProblemError({
      type: problem.type ?? 'about:blank',
      title: problem.title ?? response.statusText,
      status: problem.status ?? response.status,
      detail: problem.detail ?? response.statusText,
      instance: problem.instance ?? '',
      code: problem.code ?? `http.${response.status}`,
      messages: problem.messages ?? { 'zh-CN': problem.detail ?? response.statusText, en: problem.detail ?? response.statusText },
      ...(problem.article ? { article: problem.article } : {}),
      ...(problem.errors ? { errors: problem.errors } : {}),
    });
  }
  const position = (data as { globalPosition?: unknown } | undefined)?.globalPosition;
  if (typeof position === 'number' && position > serverState.lastPosition) serverState.lastPosition = position;
  return data as T;
}

/** minPosition for a query: the caller's last write, when there was one. */
export function readOwnWrites(): { minPosition?: number } {
  return serverState.lastPosition > 0 ? { minPosition: serverState.lastPosition } : {};
}
