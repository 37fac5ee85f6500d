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
  for (const type of STEPS) {
    for (let page = 1; ; page++) {
      const answer = await must(
        api.GET('/api/v1/audit/trail', { params: { query: { type, page, pageSize: 200, ...(county ? { county } : {}), ...readOwnWrites() } } }),
      );
      for (const entry of answer.items as Entry[]) {
        if (entry.cycleYear !== cycleYear || !entry.platformId) continue;
        const known = latest.get(entry.platformId);
        if (!known || known.position < entry.position) {
          latest.set(entry.platformId, { platformId: entry.platformId, county: entry.county ?? '', last: type, position: entry.position });
        }
      }
      if (page * answer.pageSize >= answer.total) break;
    }
  }
  return [...latest.values()].sort((a, b) => a.position - b.position);
}
