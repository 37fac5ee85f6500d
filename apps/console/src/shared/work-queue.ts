import { api, must, readOwnWrites, type Schemas } from '../api/client';

type Entry = Schemas['AuditEntryDto'];

/** Decisions of a cycle's application, in the order they happen. */
const STEPS = ['ApplicationSubmitted', 'ApplicationResubmitted', 'ApplicationReturnedForCorrection', 'ApplicationWithdrawn', 'PlatformRecommended', 'PlatformNotRecommended', 'PlatformCertified', 'ApplicationRejected'] as const;
export type Step = (typeof STEPS)[number];

export interface QueueItem {
  platformId: string;
  county: string;
  /** The latest decision on the platform's application of that cycle. */
  last: Step;
  position: number;
}

/**
 * Where each platform's application of a cycle stands, from the audit trail (the API has no
 * work-queue route yet): every decision of the cycle, the latest one per platform. The audit
 * trail answers a county bureau with its own county only, so a county's queue never lists
 * another county's platform.
 */
export async function applicationsOf(cycleYear: number, county?: string): Promise<QueueItem[]> {
  const latest = new Map<string, QueueItem>();
  // A cycle's decisions fall in its year or the year before (a cycle may open in the December
  // before): the window keeps a long-lived server's older years out of the pages read.
  const window = { from: `${cycleYear - 1}-01-01T00:00:00+08:00`, to: `${cycleYear}-12-31T23:59:59+08:00` };
  const pagesOf = async (type: Step) => {
    const entries: { entry: Entry; type: Step }[] = [];
    for (let page = 1; ; page++) {
      const answer = await must(
        api.GET('/api/v1/audit/trail', { params: { query: { type, page, pageSize: 200, ...window, ...(county ? { county } : {}), ...readOwnWrites() } } }),
      );
      entries.push(...(answer.items as Entry[]).map((entry) => ({ entry, type })));
      if (page * answer.pageSize >= answer.total) return entries;
    }
  };
  for (const { entry, type } of (await Promise.all(STEPS.map(pagesOf))).flat()) {
    if (entry.cycleYear !== cycleYear || !entry.platformId) continue;
    const known = latest.get(entry.platformId);
    if (!known || known.position < entry.position) {
      latest.set(entry.platformId, { platformId: entry.platformId, county: entry.county ?? '', last: type, position: entry.position });
    }
  }
  return [...latest.values()].sort((a, b) => a.position - b.position);
}
