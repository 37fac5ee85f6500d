import { Option, type Command } from 'commander';
// The contract file alone (no imports): --help must not load kafkajs and cloudevents.
import { INTEGRATION_EVENT_TYPES } from '../../../../libs/messaging/src/contract.js';

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
      if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`--idle must be a positive number of seconds, got '${value}'`);
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
}
