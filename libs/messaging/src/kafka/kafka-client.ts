import { Kafka, logLevel, type LogEntry, type logCreator } from 'kafkajs';
import type { Logger } from '@certflow/observability';

/**
 * kafkajs writes to the console unless given a log creator: its lines go to the process's pino
 * logger instead, at the same levels.
 */
export function kafkaLogCreator(logger: Logger): logCreator {
  return () =>
    ({ level, log }: LogEntry) => {
      const { message, ...fields } = log;
      const line = { kafka: fields };
      // The relay limits retries on purpose (it retries from its checkpoint): not worth a warning each time.
      if (message.startsWith('Limiting retries for the idempotent producer')) logger.debug(line, message);
      else if (level === logLevel.ERROR) logger.error(line, message);
      else if (level === logLevel.WARN) logger.warn(line, message);
      else if (level === logLevel.INFO) logger.debug(line, message);
      else logger.trace(line, message);
    };
}

export function kafkaClient(brokers: readonly string[], clientId: string, logger: Logger): Kafka {
  return new Kafka({
    clientId,
    brokers: [...brokers],
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator(logger),
    connectionTimeout: 3000,
    // Short: a failed send is retried by the relay from its checkpoint, not inside kafkajs for minutes.
    retry: { retries: 5, initialRetryTime: 200, maxRetryTime: 3000 },
  });
}
