import { api, must, readOwnWrites, serverState, type Schemas } from '../api/client';
import { shanghaiDay } from './text';

export type ReviewHistory = Schemas['ReviewHistoryDto'];
export type RegistryEntry = Schemas['RegistryEntryDto'];

/** The year of the business date: the cycle a recheck runs with (Art. 15). */
export const businessYear = () => Number(shanghaiDay(serverState.simulatedNow ?? Date.now()).slice(0, 4));

export async function loadHistory(platformId: string): Promise<ReviewHistory> {
  return must(api.GET('/api/v1/platforms/{platformId}/review-history', { params: { path: { platformId }, query: readOwnWrites() } }));
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
