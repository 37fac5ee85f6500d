import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { logSettings, parseEnv } from '@certflow/config';
import { createLogger, type Logger } from '@certflow/observability';

/**
 * Connection settings for the benches. libs/testing is left out of the build, so the bench
 * keeps its own reader: the environment wins, otherwise the file deploy/local/up.sh wrote.
 */
export type BenchSetting = 'DATABASE_URL' | 'KAFKA_BROKERS' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY';

export function benchSetting(name: BenchSetting): string {
  const fromEnvironment = process.env[name];
  if (fromEnvironment) return fromEnvironment;
  const file = servicesFile();
  if (file) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const match = /^([A-Z0-9_]+)=(.*)$/.exec(line.trim());
      if (match && match[1] === name) return match[2]!.replace(/^["']|["']$/g, '');
    }
  }
  throw new Error(
    `${name} is not set and deploy/local/.state/services.env does not name it: ` +
      'start the local services with `bash deploy/local/up.sh`, or set it to a running server',
  );
}

/**
 * This module runs both from test/bench (tsx) and from dist/test/bench (built), so the
 * repository root is found by walking up to the nearest package.json, not by a fixed depth.
 */
function servicesFile(): string | undefined {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(directory, 'package.json'))) {
      const file = join(directory, 'deploy', 'local', '.state', 'services.env');
      return existsSync(file) ? file : undefined;
    }
    const parent = dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

/**
 * The app under bench logs as a server does (LOG_LEVEL, default info), into a file of the
 * bench's folder rather than into the stdout that carries the results.
 */
export function benchLogger(folder: string): Logger {
  return createLogger({ level: logSettings().level, destination: pino.destination({ dest: join(folder, 'api.log'), sync: false, mkdir: true }) });
}

/** The SQLite writer the server would use: CERTFLOW_SQLITE_WRITER, else the configured default. */
export function benchSqliteWriter(): 'inline' | 'thread' {
  return parseEnv({ CERTFLOW_SQLITE_WRITER: process.env.CERTFLOW_SQLITE_WRITER }).CERTFLOW_SQLITE_WRITER;
}
