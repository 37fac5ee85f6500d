import { readFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { wholeNumberFrom1 } from './arguments.js';
import { checkStreamEvaluations, explainDecision, replayStream, type EvaluationCheck, type ReplayPoint } from '@certflow/application';
import { loadConfig } from '@certflow/config';
import { SIGNED_DECISIONS, cycleStreamId, verifyPublishedResults, type CycleEvent, type PublishedResultsCheck } from '@certflow/domain';
import { openDocumentStore, type DocumentStore, type DocumentStoreSettings } from '@certflow/documents';
import {
  loadOrCreateLogKey,
  logPublicKey,
  LogSealer,
  openEventStore,
  trustedKeys,
  verifyLogBeside,
  type ChainReport,
  type EventStore,
  type LogReport,
  type SignedTreeHead,
} from '@certflow/event-store';
import { CliError, type Outcome } from '../cli-error.js';
import { verifyDocuments, type DocumentReport } from './verify-documents.js';
import { formatExplanation, formatReplay, type Language } from './audit-format.js';
import { registerAuditExport } from './audit-export.js';
import { phaseBar, type PhaseBar } from '../progress.js';

interface ReplayOptions {
  readonly asOf?: string;
  readonly version?: number;
  readonly json?: boolean;
  readonly lang: Language;
}

/** zh-CN first, as everywhere in certflow. */
const languageOption = () => new Option('--lang <lang>', 'language of the readable output').choices(['zh', 'en']).default('zh');

const positiveInteger = wholeNumberFrom1(() => 'a version is an integer from 1');

function instant(value: string): string {
  // With an offset or Z: a bare local time would be read in whatever zone the machine has.
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/i.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError('give an instant with its offset, e.g. 2028-03-01T00:00:00+08:00, or a date (read as 00:00 in Asia/Shanghai)');
  }
  return /T/.test(value) ? value : `${value}T00:00:00+08:00`;
}

async function withDocuments<T>(settings: DocumentStoreSettings, work: (documents: DocumentStore) => Promise<T>): Promise<T> {
  const documents = await openDocumentStore(settings);
  try {
    return await work(documents);
  } finally {
    await documents.close();
  }
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
    .description(
      "check the whole log: every stream's hash chain and versions, the Merkle tree over the log against every signed tree head, " +
      'and that re-deciding reproduces every stored rule evaluation; exit 1 on any break',
    )
    .option('--stream <streamId>', 'check one stream only (its chain and rule evaluations; the log tree is whole-log only)')
    .option('--against <file>', 'a signed tree head kept earlier (JSON, as `certflow audit head --json` or GET /api/v1/log/head prints it): the log must extend it')
    .option('--documents', 'also check that every document the log references is stored and still matches its SHA-256')
    .option('--json', 'print the report as one JSON object')
    .action(async (options: { stream?: string; against?: string; json?: boolean; documents?: boolean }) => {
      const against = options.against ? [readHead(options.against)] : [];
      const config = loadConfig();
      // A bar per phase on a terminal (stderr); --json and pipes get the report alone.
      const bars = !options.json;
      const report = await withStore(async (store) => {
        // Decisions are checked against the bureau's own key; a store without one has signed nothing.
        const publicKeyPem = logPublicKey(config.dataDir);
        const signatures = { keys: trustedKeys(publicKeyPem ? [publicKeyPem] : []), signedTypes: SIGNED_DECISIONS };
        const total = bars && !options.stream ? await store.headPosition() : 0;
        // The tree is checked on a thread of its own, beside the chains (another core, another read of the log); its bar follows the chains'.
        let treeProgress = 0;
        let onTreeProgress: (leaves: number) => void = (leaves) => {
          treeProgress = leaves;
        };
        const tree = options.stream
          ? undefined
          : verifyLogBeside(config, store.log, { publicKeyPem, against, onProgress: (leaves) => onTreeProgress(leaves) });
        // Settled here too, so that a failure while the chains are checked is not unhandled; awaited below.
        tree?.catch(() => undefined);
        const chains = await withBar(phaseBar(process.stderr, 'hash chains', total, 'events'), (onProgress) =>
          store.verifyChains(options.stream ? { streamId: options.stream, signatures } : { signatures, onProgress }),
        );
        const log = tree
          ? await withBar(phaseBar(process.stderr, 'log tree   ', total, 'events'), (onProgress) => {
              onTreeProgress = onProgress;
              onProgress(treeProgress);
              return tree;
            })
          : undefined;
        const evaluations = await checkEvaluations(store, options.stream, bars);
        const documents = options.documents ? await withDocuments(config.documents.store, (kept) => verifyDocuments(store, kept)) : undefined;
        const results = await checkPublishedResults(store, options.stream);
        return { chains, log, evaluations, documents, results };
      });
      const differ = report.evaluations.filter((c) => c.reproduction.outcome !== 'reproduced');
      const ok =
        report.chains.breaks.length === 0 &&
        (report.log?.breaks.length ?? 0) === 0 &&
        differ.length === 0 &&
        (report.documents?.problems.length ?? 0) === 0 &&
        report.results.every((result) => result.ok);
      if (options.json) console.log(JSON.stringify({ ok, ...report, evaluations: { checked: report.evaluations.length, notReproduced: differ } }));
      else {
        printReport(report.chains);
        if (report.log) printLogReport(report.log);
        printEvaluations(report.evaluations, differ);
        printPublishedResults(report.results);
        if (report.documents) printDocumentReport(report.documents);
      }
      outcome.exitCode = ok ? 0 : 1;
    });
  audit
    .command('head')
    .description("the log's latest signed tree head, with the public key to check it: keep a copy, and verify --against it later")
    .option('--seal', 'seal what is not yet in the tree and sign a head now (a server\'s worker does this on its own)')
    .option('--json', 'print the head as one JSON object')
    .action(async (options: { seal?: boolean; json?: boolean }) => {
      const signer = loadOrCreateLogKey(loadConfig().dataDir);
      const head = await withStore(async (store) => {
        if (options.seal) await new LogSealer(store.log, signer).seal({ forceHead: true });
        return (await store.log.heads()).at(-1);
      });
      if (!head) throw new CliError('no tree head has been signed yet: run a worker, or certflow audit head --seal');
      const published = { ...head, publicKey: signer.publicKeyPem };
      if (options.json) console.log(JSON.stringify(published));
      else {
        console.log(`tree size ${head.treeSize}  root ${head.rootHash}`);
        console.log(`signed ${head.timestamp} (${head.algorithm}, key ${head.keyId})`);
        console.log(signer.publicKeyPem.trim());
      }
    });
  audit
    .command('keys')
    .description("the bureau's public keys to publish: they check the log's tree heads, the signed decisions and the certificates")
    .option('--json', 'print the keys as one JSON object')
    .action((options: { json?: boolean }) => {
      const signer = loadOrCreateLogKey(loadConfig().dataDir);
      const keys = [{ keyId: signer.keyId, algorithm: 'Ed25519', use: ['tree-heads', 'decisions', 'certificates'], publicKeyPem: signer.publicKeyPem }];
      if (options.json) console.log(JSON.stringify({ keys }));
      else {
        for (const key of keys) {
          console.log(`${key.algorithm} key ${key.keyId} (SHA-256 of its SPKI DER), signs ${key.use.join(', ')}`);
          console.log(key.publicKeyPem.trim());
        }
      }
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
  registerAuditExport(audit, withStore);
}

function readHead(file: string): SignedTreeHead {
  let parsed: Partial<SignedTreeHead>;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<SignedTreeHead>;
  } catch (error) {
    throw new CliError(`--against ${file}: not a JSON file (${(error as Error).message})`, 2);
  }
  const { treeSize, rootHash, timestamp, algorithm, keyId, signature } = parsed;
  if (!Number.isSafeInteger(treeSize) || typeof rootHash !== 'string' || typeof timestamp !== 'string' || algorithm !== 'Ed25519' || typeof keyId !== 'string' || typeof signature !== 'string') {
    throw new CliError(`--against ${file}: not a signed tree head (treeSize, rootHash, timestamp, algorithm, keyId, signature)`, 2);
  }
  return { treeSize: treeSize!, rootHash, timestamp, algorithm, keyId, signature };
}

/**
 * Rule evaluations live in platform streams that had an application; those streams are found
 * through the submissions and re-decided one at a time, so memory holds one stream.
 */
async function withBar<T>(bar: PhaseBar, work: (onProgress: (done: number) => void) => Promise<T>): Promise<T> {
  try {
    return await work((done) => bar.update(done));
  } finally {
    bar.stop();
  }
}

async function checkEvaluations(store: EventStore, only?: string, bars = false): Promise<EvaluationCheck[]> {
  const streams = new Set<string>();
  if (only) {
    if (only.startsWith('platform-')) streams.add(only);
  } else {
    for (let after = 0; ; ) {
      const page = await store.readAll({ after, limit: 10_000, types: ['ApplicationSubmitted'] });
      for (const event of page) if (event.streamId.startsWith('platform-')) streams.add(event.streamId);
      if (page.length < 10_000) break;
      after = page.at(-1)!.globalPosition;
    }
  }
  const checks: EvaluationCheck[] = [];
  await withBar(phaseBar(process.stderr, 'rules      ', bars ? streams.size : 0, 'streams re-decided'), async (onProgress) => {
    let done = 0;
    for (const streamId of streams) {
      checks.push(...checkStreamEvaluations(await store.readStream(streamId)));
      onProgress((done += 1));
    }
  });
  return checks;
}

function printLogReport(report: LogReport): void {
  for (const broken of report.breaks) {
    const where = broken.streamId ? `${broken.streamId} v${broken.streamVersion} ` : '';
    console.log(`BROKEN log ${where}${broken.problem}: ${broken.detail}`);
  }
  const latest = report.latestHead ? ` (latest: size ${report.latestHead.treeSize}, root ${report.latestHead.rootHash.slice(0, 16)}…, signed ${report.latestHead.timestamp})` : '';
  console.log(`log: ${report.size} events in the Merkle tree, ${report.unsealed} not sealed yet, ${report.headsChecked} signed heads checked${latest}, ${report.breaks.length} breaks`);
}

/**
 * Art. 13: each published cycle's list, rebuilt from its pages in the cycle stream, against the
 * counts and SHA-256 its summary announced.
 */
async function checkPublishedResults(store: EventStore, stream: string | undefined): Promise<PublishedResultsCheck[]> {
  const years = new Set<number>();
  if (stream === undefined) {
    for (let after = 0; ; ) {
      const page = await store.readAll({ after, limit: 1_000, types: ['CycleResultsPublished', 'ResultsPublished'] });
      if (page.length === 0) break;
      for (const event of page) years.add((event.data as { year: number }).year);
      after = page.at(-1)!.globalPosition;
    }
  } else if (/^cycle-\d{4}$/.test(stream)) {
    years.add(Number(stream.slice('cycle-'.length)));
  }
  const checks: PublishedResultsCheck[] = [];
  for (const year of [...years].sort()) {
    const events = (await store.readStream(cycleStreamId(year))).map((e) => ({ type: e.type, data: e.data }) as CycleEvent);
    const check = verifyPublishedResults(events);
    if (check) checks.push(check);
  }
  return checks;
}

function printPublishedResults(checks: readonly PublishedResultsCheck[]): void {
  for (const check of checks) if (!check.ok) console.log(`PUBLISHED LIST OF ${check.year} DOES NOT MATCH: ${check.problem}`);
  console.log(`published results: ${checks.length} cycles checked, ${checks.filter((c) => c.ok).length} match, ${checks.filter((c) => !c.ok).length} not`);
}

function printEvaluations(checks: readonly EvaluationCheck[], differ: readonly EvaluationCheck[]): void {
  for (const check of differ) {
    const r = check.reproduction;
    const what = r.outcome === 'differs' ? r.differences.join('; ') : r.outcome === 'ruleset-unavailable' ? `ruleset ${r.rulesetId} v${r.rulesetVersion} is not in this deployment` : 'no application precedes it';
    console.log(`NOT REPRODUCED ${check.streamId} v${check.streamVersion} ${check.type}: ${what}`);
  }
  console.log(`rule evaluations: ${checks.length} re-decided, ${checks.length - differ.length} reproduced, ${differ.length} not`);
}

export function printReport(report: ChainReport): void {
  for (const broken of report.breaks) {
    console.log(`BROKEN ${broken.streamId} v${broken.streamVersion} ${broken.problem}: ${broken.detail}`);
  }
  console.log(`${report.streams} streams, ${report.events} events checked, ${report.breaks.length} breaks`);
  const algorithms = Object.entries(report.algorithms).map(([name, count]) => `${count} ${name}`).join(', ');
  if (algorithms) console.log(`chain links: ${algorithms}`);
  if (report.signatures.checked + report.signatures.unsigned > 0) {
    console.log(`decision signatures: ${report.signatures.checked} checked, ${report.signatures.unsigned} decisions unsigned (written before signing began)`);
  }
  if (report.simulated > 0) {
    console.log(`${report.simulated} events have a simulated business time (a training server's clock; their recorded time is real)`);
  }
}

export function printDocumentReport(report: DocumentReport): void {
  for (const problem of report.problems) {
    console.log(`DOCUMENT ${problem.result.toUpperCase()} ${problem.sha256} (first referenced by ${problem.streamId} v${problem.streamVersion})`);
  }
  console.log(`${report.referenced} documents referenced, ${report.intact} intact, ${report.problems.length} missing or altered`);
}
