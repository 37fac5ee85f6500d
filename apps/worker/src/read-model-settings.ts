import type { ReadModelSettings } from '@certflow/config';
import { MemoryReadModelStore, MongoReadModelStore, type ReadModelStore } from '@certflow/read-models';

/** The read-model store that `loadConfig().readModels` names (CERTFLOW_READ_MODELS, MONGODB_URL, CERTFLOW_MONGODB_DATABASE). */
export async function openReadModelStore(settings: ReadModelSettings): Promise<ReadModelStore> {
  if (settings.kind === 'memory') return new MemoryReadModelStore();
  return MongoReadModelStore.open({ url: settings.mongodbUrl!, database: settings.mongodbDatabase });
}
