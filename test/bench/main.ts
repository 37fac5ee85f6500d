#!/usr/bin/env node
// `npm run bench -- <name> [--json]`: the benchmarks are test code, so they have their own entry
// point here and the certflow command never imports them.
import 'reflect-metadata';
import { Argument, Command, CommanderError, InvalidArgumentError } from 'commander';

type Bench = (options: { json: boolean; log: (line: string) => void; platforms: number }) => Promise<void>;

const BENCHES: Record<string, { about: string; load: () => Promise<Bench> }> = {
  append: { about: 'append throughput vs Emmett and raw inserts (PostgreSQL and SQLite)', load: async () => (await import('./append.js')).appendBench },
  commands: { about: 'commands/s through the bus and over HTTP', load: async () => (await import('./commands.js')).commandsBench },
  documents: { about: 'upload MB/s through the API vs PutObject (S3) and write+fsync (file system), peak RSS (BENCH_DOCUMENTS_MB)', load: async () => (await import('./documents.js')).documentsBench },
  rebuild: { about: 'read-model rebuild vs a raw bulk write (BENCH_REBUILD_SIZES)', load: async () => (await import('./rebuild.js')).rebuildBench },
  'catch-up': {
    about: 'MongoDB read models a few thousand events behind: caught up through their subscriptions vs the bulk path (BENCH_CATCH_UP_BEHIND)',
    load: async () => (await import('./catch-up.js')).catchUpBench,
  },
  relay: { about: 'log to acknowledged Kafka publish vs a bare kafkajs producer', load: async () => (await import('./relay.js')).relayBench },
  verify: { about: 'audit verify (chains + Merkle tree) vs a plain read of the log (BENCH_VERIFY_EVENTS, BENCH_VERIFY_STORES)', load: async () => (await import('./verify.js')).verifyBench },
  console: { about: 'Lighthouse on the public registry and the review queue, and their JavaScript (gzip)', load: async () => (await import('./console.js')).consoleBench },
  observability: { about: 'CPU cost of the logs and metrics a command writes vs the whole command over HTTP', load: async () => (await import('./observability.js')).observabilityBench },
  cycle: {
    about: 'the whole cycle over HTTP on `certflow serve` (SQLite and PostgreSQL, BENCH_STORES): commands/s, publish time, peak RSS, restart time (--platforms)',
    load: async () => (await import('./cycle.js')).cycleBench,
  },
  registry: { about: 'public registry GET vs a no-op GET (autocannon)', load: async () => (await import('./registry.js')).registryBench },
  'audit-reads': { about: 'audit trail GET with every read recorded vs the same query unrecorded (autocannon)', load: async () => (await import('./audit-reads.js')).auditReadsBench },
};

const program = new Command('npm run bench --')
  .description('run one benchmark; each compares against a peer measured in the same run')
  .addArgument(new Argument('<name>', 'which benchmark').choices(Object.keys(BENCHES)))
  .addHelpText('after', `\nBenchmarks:\n${Object.entries(BENCHES).map(([name, { about }]) => `  ${name.padEnd(10)}${about}`).join('\n')}`)
  .option('--json', 'one JSON line per result instead of a table')
  .option('--platforms <n>', 'platforms in the cycle (cycle bench)', (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1');
    return n;
  }, 20_000)
  .allowExcessArguments(false)
  .exitOverride()
  .action(async (name: string, options: { json?: boolean; platforms: number }) => {
    const bench = await BENCHES[name]!.load();
    await bench({ json: options.json ?? false, log: (line) => console.log(line), platforms: options.platforms });
  });

try {
  await program.parseAsync();
  process.exit(0);
} catch (error) {
  if (!(error instanceof CommanderError)) console.error(error);
  process.exit(error instanceof CommanderError ? (error.exitCode === 0 ? 0 : 2) : 1);
}
