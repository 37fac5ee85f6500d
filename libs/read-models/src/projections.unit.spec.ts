import { describe, expect, it } from '@jest/globals';
import { foldProjection, recordScenario } from '@certflow/testing';
import { demoScenario, instantOf } from '../../../apps/cli/src/demo/scenario.js';
import * as readModels from './index.js';
import { ALL_PROJECTIONS, applications, auditTrail, cycleResults, publicRegistry, reviewHistory } from './projections.js';

describe('ALL_PROJECTIONS', () => {
  it('are the registry, the review history, the audit trail, the cycle results and the applications, each in a collection of its own', () => {
    expect(ALL_PROJECTIONS).toEqual([publicRegistry, reviewHistory, auditTrail, cycleResults, applications]);
    expect(new Set(ALL_PROJECTIONS.map((p) => p.name)).size).toBe(5);
    expect(ALL_PROJECTIONS.map((p) => p.collection)).toEqual(['registry', 'review_history', 'audit_trail', 'cycle_results', 'applications']);
    expect(readModels.ALL_PROJECTIONS).toBe(ALL_PROJECTIONS);
  });

  it('every projection keys only events it declares, and builds documents from the demo', () => {
    const events = recordScenario(demoScenario(), instantOf);
    for (const projection of ALL_PROJECTIONS) {
      for (const event of events) {
        if (!projection.eventTypes.includes(event.type)) expect(projection.keys(event)).toEqual(projection === auditTrail ? [event.eventId] : []);
      }
      const documents = foldProjection(projection, events);
      expect(documents.size).toBe(projection === auditTrail ? events.length : 7);
      for (const [key, document] of documents) {
        expect(document._id).toBe(key);
        // Stored as JSON (MongoDB): no undefined values hiding in a document.
        expect(undefinedPaths(document)).toEqual([]);
      }
    }
  });
});

function undefinedPaths(value: unknown, path = '$'): string[] {
  if (value === undefined) return [path];
  if (Array.isArray(value)) return value.flatMap((item, i) => undefinedPaths(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => undefinedPaths(item, `${path}.${key}`));
  return [];
}
