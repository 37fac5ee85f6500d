import { InvalidArgumentError, Option, type Command } from 'commander';
// The contract file alone (no imports): --help must not load kafkajs and cloudevents.
import { INTEGRATION_EVENT_TYPES } from '../../../../libs/messaging/src/contract.js';
import { wholeNumberFrom1 } from './arguments.js';

interface RepublishFlags {
  readonly from: number;
  readonly to?: number;
  readonly contract: 'v1' | 'v2' | 'both';
  readonly dryRun?: boolean;
  readonly progress?: boolean;
  readonly json?: boolean;
}

const position = (flag: string) => wholeNumberFrom1((value) => `${flag} must be a position of the log (a whole number from 1), got '${value}'`);

interface TailFlags {
  readonly fromBeginning?: boolean;
  readonly type?: string[];
  readonly json?: boolean;
  readonly idle?: number;
  readonly group?: string;
}

export function registerEvents(program: Command): void {
  const events = program.command('events').description('the public certification events downstream services receive (libs/messaging/asyncapi.yaml)');
  events
    .command('tail')
    .description('print the public events as they arrive, each once (deduplicated by id): from Kafka with KAFKA_BROKERS, else from the store\'s log')
    .option('--from-beginning', 'start from the first event instead of the next one')
    .addOption(new Option('--type <type...>', 'only events of these types').choices([...INTEGRATION_EVENT_TYPES]))
    .option('--json', 'one CloudEvents JSON object per line instead of a readable line')
    .option('--idle <seconds>', 'stop after this many seconds without a new event (default: follow until interrupted)', (value) => {
      const seconds = Number(value);
      if (!Number.isFinite(seconds) || seconds <= 0) throw new InvalidArgumentError(`--idle must be a positive number of seconds, got '${value}'`);
      return seconds;
    })
    .option('--group <id>', 'the Kafka consumer group (default: a new one each run)')
    .action(async (flags: TailFlags) => {
      const { tailEvents } = await import('../events/tail.js');
      await tailEvents({
        fromBeginning: flags.fromBeginning ?? false,
        types: flags.type ?? [],
        json: flags.json ?? false,
        ...(flags.idle !== undefined ? { idleMs: flags.idle * 1000 } : {}),
        ...(flags.group ? { group: flags.group } : {}),
        write: (line) => process.stdout.write(`${line}\n`),
      });
    });
  events
    .command('republish')
    .description(
      'send a range of the log to Kafka again, mapped as the relay maps it (same ids, keys and bodies): for events a relay read past, or a topic that lost them. ' +
        'Consumers dedupe by id; the resent events arrive after the later ones already sent. The relay\'s checkpoints are not touched.',
    )
    .requiredOption('--from <position>', 'the first position of the log to send', position('--from'))
    .option('--to <position>', 'the last position (default: the head when the command starts)', position('--to'))
    .addOption(new Option('--contract <which>', 'which topics: contract v1\'s (CERTFLOW_KAFKA_TOPIC), v2\'s (CERTFLOW_KAFKA_TOPIC_V2) or both').choices(['v1', 'v2', 'both']).default('both'))
    .option('--dry-run', 'count what would be sent and send nothing (no broker needed)')
    .option('--progress', 'show progress on stderr')
    .option('--json', 'print the summary as one JSON object')
    .action(async (flags: RepublishFlags) => {
      const [{ republishEvents }, { phaseBar }] = await Promise.all([import('../events/republish.js'), import('../progress.js')]);
      let bar: ReturnType<typeof phaseBar> | undefined;
      const result = await republishEvents({
        from: flags.from,
        ...(flags.to !== undefined ? { to: flags.to } : {}),
        contracts: flags.contract === 'v1' ? [1] : flags.contract === 'v2' ? [2] : [1, 2],
        dryRun: flags.dryRun ?? false,
        ...(flags.progress
          ? {
              onProgress: (reached: number, to: number) => {
                bar ??= phaseBar(process.stderr, 'republish', to - flags.from + 1, 'positions');
                bar.update(reached - flags.from + 1);
              },
            }
          : {}),
      }).finally(() => bar?.stop());
      if (flags.json) {
        console.log(JSON.stringify(result));
        return;
      }
      const sent = result.sent.map(({ contract, topic, messages }) => `${messages} to ${topic ?? `contract v${contract}`}`).join(', ');
      console.log(`${result.dryRun ? 'would send' : 'sent'} ${sent}: the public events of ${result.events} events of the log, positions ${result.from} to ${result.to}`);
    });
}
