import { InvalidArgumentError, Option, type Command } from 'commander';
import { explainDecision, replayStream, type ReplayPoint } from '@certflow/application';
import { loadConfig } from '@certflow/config';
import { openEventStore, type ChainReport, type EventStore } from '@certflow/event-store';
import { CliError, type Outcome } from '../cli-error.js';
import { formatExplanation, formatReplay, type Language } from './audit-format.js';

interface ReplayOptions {
  readonly asOf?: string;
  readonly version?: number;
  readonly json?: boolean;
  readonly lang: Language;
}

const languageOption = () =>
  new Option('--lang <lang>', 'language of the readable output').choices(['zh', 'en']).default(defaultLanguage());

/** zh-CN first, as everywhere in certflow; an English locale in LANG asks for English. */
function defaultLanguage(): Language {
  return /^en/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'en' : 'zh';
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('a version is an integer from 1');
  return n;
}

function instant(value: string): string {
  // With an offset or Z: a bare local time would be read in whatever zone the machine has.
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/i.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError('give an instant with its offset, e.g. 2028-03-01T00:00:00+08:00, or a date (read as 00:00 in Asia/Shanghai)');
  }
  return /T/.test(value) ? value : `${value}T00:00:00+08:00`;
}

async function withStore<T>(work: (store: EventStore) => Promise<T>): Promise<T> {
  const store = await openEventStore(loadConfig());
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export function registerAudit(program: Command, outcome: Outcome): void {
  const audit = program.command('audit').description('audit the log: replay a stream, explain a decision, verify the hash chains');
  audit
    .command('verify')
    .description("recompute every stream's hash chain from the stored events; exit 1 on a break")
    .action(async () => {
      await withStore(async (store) => {
        const report = await store.verifyChains();
        printReport(report);
        outcome.exitCode = report.breaks.length === 0 ? 0 : 1;
      });
    });
  audit
    .command('replay')
    .description('a stream as the store held it at a recorded instant or a version, with the timeline of its events')
    .argument('<streamId>', 'platform-<id>, cycle-<year> or simulation-clock')
    .addOption(new Option('--as-of <instant>', 'recorded time (not business time), e.g. 2028-03-01T00:00:00+08:00').argParser(instant).conflicts('version'))
    .addOption(new Option('--version <n>', 'stream version').argParser(positiveInteger))
    .option('--json', 'print the replay as one JSON object')
    .addOption(languageOption())
    .action(async (streamId: string, options: ReplayOptions) => {
      const point: ReplayPoint = options.asOf ? { asOf: options.asOf } : options.version !== undefined ? { version: options.version } : {};
      const replay = await withStore((store) => replayStream(store, streamId, point));
      if (!replay) throw new CliError(options.lang === 'zh' ? `流 ${streamId} 中没有任何事件` : `nothing was ever recorded on stream ${streamId}`);
      console.log(options.json ? JSON.stringify(replay) : formatReplay(replay, options.lang));
    });
  audit
    .command('explain')
    .description('a decision criterion by criterion, under the ruleset version of its day, re-decided to check the stored evaluation')
    .argument('<eventId>', 'the id of the deciding event (the audit trail lists them)')
    .option('--json', 'print the explanation as one JSON object')
    .addOption(languageOption())
    .action(async (eventId: string, options: { json?: boolean; lang: Language }) => {
      const explanation = await withStore((store) => explainDecision(store, eventId));
      if (!explanation) throw new CliError(options.lang === 'zh' ? `没有编号为 ${eventId} 的决定` : `no deciding event has id ${eventId}`);
      console.log(options.json ? JSON.stringify(explanation) : formatExplanation(explanation, options.lang));
      if (explanation.reproduction?.outcome === 'differs') outcome.exitCode = 1;
    });
}

export function printReport(report: ChainReport): void {
  for (const broken of report.breaks) {
    console.log(`BROKEN ${broken.streamId} v${broken.streamVersion} ${broken.problem}: ${broken.detail}`);
  }
  console.log(`${report.streams} streams, ${report.events} events checked, ${report.breaks.length} breaks`);
  if (report.simulated > 0) {
    console.log(`${report.simulated} events have a simulated business time (a training server's clock; their recorded time is real)`);
  }
}
