import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, logSettings } from '@certflow/config';
import { createLogger, NestLogger } from './logger.js';

const capture = (level: 'info' | 'debug' = 'debug') => {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ level, destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } });
  return { lines, logger };
};

describe('logSettings', () => {
  it('defaults to info, pretty on a terminal only', () => {
    expect(logSettings({})).toEqual({ level: 'info', pretty: undefined });
    expect(logSettings({ LOG_LEVEL: 'silent', LOG_PRETTY: '1' })).toEqual({ level: 'silent', pretty: true });
    expect(logSettings({ LOG_PRETTY: '0' })).toEqual({ level: 'info', pretty: false });
  });

  it('names the variable of a bad value', () => {
    expect(() => logSettings({ LOG_LEVEL: 'verbose' })).toThrow(ConfigurationError);
    expect(() => logSettings({ LOG_LEVEL: 'INFO' })).toThrow(/^LOG_LEVEL must be 'fatal', 'error', 'warn', 'info', 'debug', 'trace' or 'silent', got 'INFO'$/);
    expect(() => logSettings({ LOG_PRETTY: 'yes' })).toThrow(/^LOG_PRETTY must be 1, true, 0 or false/);
  });
});

describe('NestLogger', () => {
  it("sends Nest's start-up chatter to debug and keeps its context", () => {
    const { lines, logger } = capture('info');
    new NestLogger(logger).log('Mapped {/health, GET} route', 'RouterExplorer');
    expect(lines).toEqual([]);
    const verbose = capture('debug');
    new NestLogger(verbose.logger).log('Mapped {/health, GET} route', 'RouterExplorer');
    expect(verbose.lines[0]).toMatchObject({ level: 20, context: 'RouterExplorer', msg: 'Mapped {/health, GET} route' });
  });

  it("keeps the stack Nest passes with an error", () => {
    const { lines, logger } = capture();
    new NestLogger(logger).error('boom', 'Error: boom\n    at here', 'ExceptionsHandler');
    expect(lines[0]).toMatchObject({ level: 50, msg: 'boom', stack: 'Error: boom\n    at here', context: 'ExceptionsHandler' });
    new NestLogger(logger).warn(new Error('careful'));
    expect(lines[1]).toMatchObject({ level: 40, msg: 'careful', err: { message: 'careful' } });
  });
});
