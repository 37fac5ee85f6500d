// Child process of the relay's SIGKILL test: the relay over a SQLite file (argv: file, brokers,
// topic, batch size) until killed.
import { SqliteEventStore } from '@certflow/event-store';
import { createLogger } from '@certflow/observability';
import { startRelay } from '../relay.js';

const [filename, brokers, topic, batchSize] = process.argv.slice(2) as [string, string, string, string];
const eventStore = new SqliteEventStore({ filename });
const logger = createLogger({ level: 'warn', destination: process.stderr });
startRelay({
  eventStore,
  logger,
  batchSize: Number(batchSize),
  settings: { brokers: brokers.split(','), topic, partitions: 3, replication: 1, retentionDays: 0 },
});
process.stdout.write('started\n');
