import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets the heap of a long-running process grow past the live set its last full
 * collection found (CERTFLOW_HEAP_GROWTH_PERCENT), before it collects again.
 *
 * Why: under a steady command load V8 lets the old generation grow up to 4 times the live set
 * before collecting. On the embedded default at 20,000 platforms the live heap is about 100 MB
 * (read models, schedule, caches) while the process peaked at 570-595 MB RSS, almost all of it
 * garbage waiting for a collection. Bounding the growth to 1.5x keeps the peak near the live set
 * at the cost of more frequent full collections, which at that size take tens of milliseconds.
 * It is a growth rate, not a limit: a larger live set (more platforms) still gets the heap it
 * needs, so the process cannot run out of heap because of it.
 *
 * V8 reads this flag each time it recomputes the heap limit after a collection, so setting it
 * once the process runs takes effect from the next collection on (unlike --max-old-space-size,
 * fixed when the heap is created). 0 leaves V8's own choice.
 */
export function boundHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${Math.round(percent)}`);
}
