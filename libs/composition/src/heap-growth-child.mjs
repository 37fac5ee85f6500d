// Run by heap-growth.int.spec.ts in a process of its own (a V8 flag changes the whole process):
// the same churn of medium-lived documents over a live set of about 30 MB, first with the heap
// let grow by 300 %, then by 10 %; prints how many full collections each took.
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

const { boundHeapGrowth } = await import(process.argv[2]);
let major = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) major += 1;
});
observer.observe({ entryTypes: ['gc'] });
const live = [];
for (let i = 0; i < 100_000; i += 1) live.push({ id: `platform-${i}`, name: `平台 ${i}`.repeat(4), years: [2027, 2028] });
const recent = new Array(4_000);
const document = { items: Array.from({ length: 40 }, (_, k) => ({ k, text: `material ${k}`.repeat(3) })) };
const churn = async () => {
  for (let round = 0; round < 15_000; round += 1) recent[round % recent.length] = JSON.parse(JSON.stringify(document));
  // GC entries are delivered asynchronously.
  await sleep(50);
};
const counts = {};
for (const percent of [300, 10]) {
  boundHeapGrowth(percent);
  await churn();
  const before = major;
  await churn();
  counts[percent] = major - before;
}
observer.disconnect();
process.stdout.write(JSON.stringify({ counts, kept: live.length + recent.length }));
