import { applications } from './applications/applications.projection.js';
import { auditTrail } from './audit-trail/audit-trail.projection.js';
import { cycleResults } from './cycle-results/cycle-results.projection.js';
import type { Projection, ReadModelDocument } from './projection.js';
import { publicRegistry } from './public-registry/public-registry.projection.js';
import { reviewHistory } from './review-history/review-history.projection.js';

export { auditTrail } from './audit-trail/audit-trail.projection.js';
export { publicRegistry } from './public-registry/public-registry.projection.js';
export { reviewHistory } from './review-history/review-history.projection.js';
export { cycleResults } from './cycle-results/cycle-results.projection.js';
export { applications, applicationKey } from './applications/applications.projection.js';

/**
 * The read models the brief names (public registry, review history, audit trail), what each cycle decided (for publishing)
 * and where each application stands (the bureaus' work queues).
 */
export const ALL_PROJECTIONS: Projection<ReadModelDocument>[] = [publicRegistry, reviewHistory, auditTrail, cycleResults, applications];
