import { readModelStoreContract } from '../contract/read-model-store.contract.js';
import { createMongoTestDatabase, type MongoTestDatabase } from '../contract/mongo-test-database.js';

readModelStoreContract('mongodb', async () => {
  const database: MongoTestDatabase = await createMongoTestDatabase('certflow_rm_contract');
  return {
    open: () => database.open(),
    dispose: () => database.drop(),
  };
});
