import { readModelStoreContract } from '../contract/read-model-store.contract.js';
import { MemoryReadModelStore } from './memory-store.js';

readModelStoreContract('memory', async () => ({
  open: async () => new MemoryReadModelStore(),
  dispose: async () => {},
}));
