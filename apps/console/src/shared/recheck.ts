import { api, must, readOwnWrites, serverState, type Schemas } from '../api/client';
import { loadPlatform, type PlatformView } from './platform';
import { shanghaiDay } from './text';

export type ReviewHistory = Schemas['ReviewHistoryDto'];
export type RegistryEntry = Schemas['RegistryEntryDto'];

/** The year of the business date: the cycle a recheck runs with (Art. 15). */
export const businessYear = () => Number(shanghaiDay(serverState.simulatedNow ?? Date.now()).slice(0, 4));

/**
 * The review history (a read model), caught up at least with `seen`: the position of the
 * platform's last event as its stream was just read, so that the history shows what the stream
 * holds, whoever wrote it.
 */
export async function loadHistory(platformId: string, seen = 0): Promise<ReviewHistory> {
  const minPosition = Math.max(seen, readOwnWrites().minPosition ?? 0);
  return must(api.GET('/api/v1/platforms/{platformId}/review-history', { params: { path: { platformId }, query: minPosition > 0 ? { minPosition } : {} } }));
}

/** A platform's stream and its review history, the history caught up with the stream. */
export async function loadWithHistory(platformId: string): Promise<[PlatformView, ReviewHistory]> {
  const view = await loadPlatform(platformId);
  return [view, await loadHistory(platformId, view.history.at(-1)?.globalPosition ?? 0)];
}

/**
 * Platforms under recheck or in their revocation notice, from the registry (Art. 13 lists them
 * with that status); a county's queue asks for its own county. One page of 200: a city has a
 * few hundred platforms, and a recheck year holds a part of them.
 */
export async function underRecheck(county?: string): Promise<RegistryEntry[]> {
  const page = (status: 'under-recheck' | 'revocation-announced') =>
    must(api.GET('/api/v1/registry', { params: { query: { status, pageSize: 200, ...(county ? { county } : {}), ...readOwnWrites() } } }));
  const [rechecks, notices] = await Promise.all([page('under-recheck'), page('revocation-announced')]);
  return [...rechecks.items, ...notices.items];
}
