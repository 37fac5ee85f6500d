// Child process of the worker SIGKILL test: the worker's projector over the test projections
// (argv: sqlite file, MongoDB URL, database, memory budget in MB), until killed.
import { SqliteEventStore } from '@certflow/event-store';
import { MongoReadModelStore } from '@certflow/read-models';
import { TEST_PROJECTIONS } from '../../../../libs/read-models/src/contract/test-projections.js';
import { startWorker } from '../worker.js';

const [filename, url, database, budget] = process.argv.slice(2) as [string, string, string, string];
const eventStore = new SqliteEventStore({ filename });
const readModels = await MongoReadModelStore.open({ url, database });
const worker = startWorker({ eventStore, readModels, projections: TEST_PROJECTIONS, memoryBudgetMb: Number(budget), log: (line) => console.error(line) });
await worker.ready;
console.log('ready');
