import type { ReadModelSettings } from '@certflow/config';
import { MemoryReadModelStore, MongoReadModelStore, type LogReader, type ReadModelStore } from '@certflow/read-models';

/**
 * The read-model store that `loadConfig().readModels` names (CERTFLOW_READ_MODELS, MONGODB_URL,
 * CERTFLOW_MONGODB_DATABASE). Given the log, the memory store is the compact one (audit entries
 * and review histories read back from the log), which keeps the embedded server's memory bounded.
 */
export async function openReadModelStore(settings: ReadModelSettings, log?: LogReader): Promise<ReadModelStore> {
  if (settings.kind === 'memory') return new MemoryReadModelStore(log);
  return MongoReadModelStore.open({ url: settings.mongodbUrl!, database: settings.mongodbDatabase });
}
