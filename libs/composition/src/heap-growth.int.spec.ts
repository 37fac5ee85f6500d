import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Issue 15: CERTFLOW_HEAP_GROWTH_PERCENT is applied to a process already running (V8 reads the
 * growth flag whenever it recomputes the heap limit): the same churn takes several times as many
 * full collections at 10 % as at 300 %, so the heap stays near its live set.
 */
describe('boundHeapGrowth (issue 15)', () => {
  it('takes effect in the running process: a lower growth means more full collections for the same churn', () => {
    const here = dirname(fileURLToPath(import.meta.url));
    const output = execFileSync(
      process.execPath,
      ['--max-semi-space-size=1', '--import', 'tsx', join(here, 'heap-growth-child.mjs'), join(here, 'heap-growth.ts')],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const { counts } = JSON.parse(output) as { counts: Record<'10' | '300', number> };
    expect(counts['10']).toBeGreaterThanOrEqual(3);
    expect(counts['10']).toBeGreaterThanOrEqual(3 * Math.max(1, counts['300']));
  }, 150_000);
});
