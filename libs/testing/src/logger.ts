import { createLogger, processLogger, type Logger } from '@certflow/observability';

/** Apps under test log nothing unless LOG_LEVEL asks for it (`LOG_LEVEL=debug npx jest ...`). */
export function testLogger(): Logger {
  return process.env.LOG_LEVEL ? processLogger() : createLogger({ level: 'silent', destination: { write: () => undefined } });
}
