import type { PlatformEventType } from './platform.events.js';

/**
 * The city's decisions that the bureau signs (Arts. 11 and 15): whether a platform holds the title,
 * keeps it, or loses it. A signature outlives the database it sits in: a copy of the decision
 * shown years later can be checked against the bureau's published key alone.
 */
export const SIGNED_DECISIONS = [
  'PlatformCertified',
  'ApplicationRejected',
  'RecheckConfirmed',
  'RecheckFailed',
  'RevocationAnnounced',
  'PlatformRevoked',
] as const satisfies readonly PlatformEventType[];
