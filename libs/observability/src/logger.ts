import type { LoggerService } from '@nestjs/common';
import { pino, type DestinationStream, type Logger } from 'pino';
import pinoPretty from 'pino-pretty';
import { logSettings, type LogSettings } from '@certflow/config';

export type { Logger } from 'pino';

export interface LoggerOptions extends Partial<LogSettings> {
  /** Where lines go; default stdout, written asynchronously and flushed at exit. */
  readonly destination?: DestinationStream;
}

/**
 * JSON lines for machines; pino-pretty on a terminal (or with LOG_PRETTY=1). Writes to stdout
 * asynchronously so a request never waits on the terminal or the log collector; pino flushes
 * its own destinations synchronously on exit.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? 'info';
  const settings = { level, base: { pid: process.pid }, timestamp: pino.stdTimeFunctions.isoTime };
  if (options.destination) return pino(settings, options.destination);
  const pretty = options.pretty ?? process.stdout.isTTY === true;
  if (pretty) return pino(settings, pinoPretty({ colorize: process.stdout.isTTY === true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid' }));
  return pino(settings, pino.destination({ dest: 1, sync: false }));
}

let shared: Logger | undefined;

/** The process's logger as LOG_LEVEL and LOG_PRETTY say; apps built for tests get their own. */
export function processLogger(): Logger {
  shared ??= createLogger(logSettings());
  return shared;
}

/**
 * Nest's own messages through pino. Nest's `log` level is start-up chatter (modules loaded,
 * routes mapped), so it goes to debug; certflow's code logs through pino directly.
 */
export class NestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }

  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }

  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  /** Nest passes (message, context) or, for errors, (message, stack, context). */
  private write(level: 'fatal' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, rest: unknown[]): void {
    if (!this.logger.isLevelEnabled(level)) return;
    const strings = rest.filter((part): part is string => typeof part === 'string');
    const context = strings.length > 0 ? strings[strings.length - 1] : undefined;
    const stack = strings.length > 1 ? strings[0] : undefined;
    const fields = { ...(context ? { context } : {}), ...(stack ? { stack } : {}) };
    if (message instanceof Error) this.logger[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.logger[level]({ ...fields, ...message });
    else this.logger[level](fields, String(message));
  }
}
