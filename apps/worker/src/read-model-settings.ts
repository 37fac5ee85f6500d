import { ConfigurationError } from '@certflow/config';
import { MemoryReadModelStore, MongoReadModelStore, type ReadModelStore } from '@certflow/read-models';

export interface ReadModelSettings {
  readonly readModels: 'memory' | 'mongodb';
  readonly mongodbUrl: string | undefined;
  readonly mongodbDatabase: string;
}

/**
 * CERTFLOW_READ_MODELS (memory | mongodb, default memory), MONGODB_URL and
 * CERTFLOW_MONGODB_DATABASE (default: the database named in the URL, else `certflow`).
 */
export function readModelSettings(env: NodeJS.ProcessEnv = process.env): ReadModelSettings {
  const readModels = (env.CERTFLOW_READ_MODELS ?? 'memory') as ReadModelSettings['readModels'];
  if (readModels !== 'memory' && readModels !== 'mongodb') {
    throw new ConfigurationError(`CERTFLOW_READ_MODELS must be 'memory' or 'mongodb', got '${readModels}'`);
  }
  const mongodbUrl = env.MONGODB_URL || undefined;
  if (readModels === 'mongodb' && !mongodbUrl) throw new ConfigurationError('CERTFLOW_READ_MODELS=mongodb needs MONGODB_URL');
  return { readModels, mongodbUrl, mongodbDatabase: env.CERTFLOW_MONGODB_DATABASE || databaseInUrl(mongodbUrl) || 'certflow' };
}

export async function openReadModelStore(settings: ReadModelSettings): Promise<ReadModelStore> {
  if (settings.readModels === 'memory') return new MemoryReadModelStore();
  return MongoReadModelStore.open({ url: settings.mongodbUrl!, database: settings.mongodbDatabase });
}

function databaseInUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match = /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]+)/.exec(url);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}
