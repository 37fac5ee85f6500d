import { Kafka, logLevel, type ISocketFactory, type LogEntry, type logCreator } from 'kafkajs';
import type { Logger } from '@certflow/observability';

/**
 * kafkajs writes to the console unless given a log creator: its lines go to the process's pino
 * logger instead. Its errors and warnings repeat on every retry while a broker is away, and the
 * relay already says so once (and on /health), so they are debug lines here.
 */
export function kafkaLogCreator(logger: Logger): logCreator {
  return () =>
    ({ level, log }: LogEntry) => {
      const { message, ...fields } = log;
      const line = { kafka: fields };
      if (level === logLevel.ERROR || level === logLevel.WARN || level === logLevel.INFO) logger.debug(line, message);
      else logger.trace(line, message);
    };
}

export function kafkaClient(brokers: readonly string[], clientId: string, logger: Logger, socketFactory?: ISocketFactory): Kafka {
  return new Kafka({
    clientId,
    ...(socketFactory ? { socketFactory } : {}),
    brokers: [...brokers],
    logLevel: logLevel.WARN,
    logCreator: kafkaLogCreator(logger),
    connectionTimeout: 3000,
    // Short: a failed send is retried by the relay from its checkpoint, not inside kafkajs for minutes.
    retry: { retries: 5, initialRetryTime: 200, maxRetryTime: 3000 },
  });
}
