import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, loadConfig } from './index.js';

const postgres = { CERTFLOW_EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://localhost/certflow' };

describe('loadConfig: the simulated clock', () => {
  it('is off by default everywhere, the embedded default included: moving business time is a deliberate choice', () => {
    expect(loadConfig({}).simulatedClock).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).simulatedClock).toBe(false);
    expect(loadConfig(postgres).simulatedClock).toBe(false);
  });

  it('follows CERTFLOW_SIMULATED_CLOCK when it is set', () => {
    expect(loadConfig({ CERTFLOW_SIMULATED_CLOCK: '0' }).simulatedClock).toBe(false);
    expect(loadConfig({ CERTFLOW_SIMULATED_CLOCK: 'false' }).simulatedClock).toBe(false);
    expect(loadConfig({ CERTFLOW_SIMULATED_CLOCK: '1' }).simulatedClock).toBe(true);
    expect(loadConfig({ ...postgres, CERTFLOW_SIMULATED_CLOCK: '1' }).simulatedClock).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', CERTFLOW_SIMULATED_CLOCK: 'true' }).simulatedClock).toBe(true);
  });

  it('refuses a value it does not know rather than guess', () => {
    expect(() => loadConfig({ CERTFLOW_SIMULATED_CLOCK: 'yes' })).toThrow(/CERTFLOW_SIMULATED_CLOCK/);
  });
});

describe('loadConfig: API documentation and rate limits', () => {
  it('mounts /api/docs except in production, where CERTFLOW_API_DOCS=1 brings it back', () => {
    expect(loadConfig({}).apiDocs).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).apiDocs).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', CERTFLOW_API_DOCS: '1' }).apiDocs).toBe(true);
    expect(loadConfig({ CERTFLOW_API_DOCS: '0' }).apiDocs).toBe(false);
  });

  it('limits 300 anonymous and 1200 authenticated requests a minute by default; 0 turns a limit off', () => {
    expect(loadConfig({}).rateLimits).toEqual({ anonymousPerMinute: 300, authenticatedPerMinute: 1200 });
    expect(loadConfig({ CERTFLOW_RATE_LIMIT_ANONYMOUS: '0', CERTFLOW_RATE_LIMIT_AUTHENTICATED: '5' }).rateLimits).toEqual({
      anonymousPerMinute: 0,
      authenticatedPerMinute: 5,
    });
  });

  it.each(['-1', '1.5', 'many', '1e3'])('refuses a rate limit of %p, naming the variable', (value) => {
    expect(() => loadConfig({ CERTFLOW_RATE_LIMIT_ANONYMOUS: value })).toThrow(ConfigurationError);
    expect(() => loadConfig({ CERTFLOW_RATE_LIMIT_ANONYMOUS: value })).toThrow(/CERTFLOW_RATE_LIMIT_ANONYMOUS/);
  });
});
