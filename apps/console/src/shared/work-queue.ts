import { api, must, readOwnWrites, type Schemas } from '../api/client';

type Item = Schemas['ApplicationItemDto'];
export type Step = Item['last'];

export interface QueueItem {
  platformId: string;
  county: string;
  /** The latest decision on the platform's application of that cycle. */
  last: Step;
  position: number;
}

/**
 * Where each platform's application of a cycle stands (`GET /api/v1/applications`): the latest
 * decision per platform. The API answers a county bureau with its own county only, so a county's
 * queue never lists another county's platform; the audit routes are for auditors and the city.
 */
export async function applicationsOf(cycleYear: number, county?: string): Promise<QueueItem[]> {
  const answer = await must(api.GET('/api/v1/applications', { params: { query: { cycle: cycleYear, ...(county ? { county } : {}), ...readOwnWrites() } } }));
  return answer.items.map((item: Item) => ({ platformId: item.platformId, county: item.county, last: item.last, position: item.position }));
}
