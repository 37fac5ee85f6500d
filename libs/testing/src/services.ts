import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type ServiceVariable = 'DATABASE_URL' | 'MONGODB_URL' | 'KAFKA_BROKERS' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY';

const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const SERVICES_FILE = join(repositoryRoot, 'deploy', 'local', '.state', 'services.env');

const HOW_TO_START =
  'start the local services with `bash deploy/local/up.sh` (npm test does it for you), or set DATABASE_URL, MONGODB_URL, KAFKA_BROKERS and S3_ENDPOINT (with S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY) to running servers';

/**
 * The environment wins; otherwise the settings deploy/local/up.sh wrote. A missing server is
 * a failure with directions, never a skipped suite.
 */
export function serviceSetting(name: ServiceVariable): string {
  const fromEnvironment = process.env[name];
  if (fromEnvironment) return fromEnvironment;
  if (existsSync(SERVICES_FILE)) {
    for (const line of readFileSync(SERVICES_FILE, 'utf8').split('\n')) {
      const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
      if (match && match[1] === name) return match[2]!.replace(/^["']|["']$/g, '');
    }
  }
  throw new Error(`${name} is not set and ${SERVICES_FILE} does not name it: ${HOW_TO_START}`);
}

export function serviceUnreachable(name: ServiceVariable, url: string, cause: unknown): Error {
  return new Error(`${name} (${url}) does not answer: ${HOW_TO_START}`, { cause });
}
