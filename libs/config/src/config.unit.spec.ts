import { describe, expect, it } from '@jest/globals';
import { ConfigurationError, loadConfig } from './index.js';

describe('loadConfig: the simulated clock', () => {
  const postgres = { CERTFLOW_EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://localhost/certflow' };

  it('is on for the embedded default, so that `npm start` can play the demo', () => {
    expect(loadConfig({}).simulatedClock).toBe(true);
  });

  it('is off by default in production and on a PostgreSQL store', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).simulatedClock).toBe(false);
    expect(loadConfig(postgres).simulatedClock).toBe(false);
  });

  it('follows CERTFLOW_SIMULATED_CLOCK when it is set', () => {
    expect(loadConfig({ CERTFLOW_SIMULATED_CLOCK: '0' }).simulatedClock).toBe(false);
    expect(loadConfig({ CERTFLOW_SIMULATED_CLOCK: 'false' }).simulatedClock).toBe(false);
    expect(loadConfig({ ...postgres, CERTFLOW_SIMULATED_CLOCK: '1' }).simulatedClock).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', CERTFLOW_SIMULATED_CLOCK: 'true' }).simulatedClock).toBe(true);
  });

  it('refuses a value it does not know rather than guess', () => {
    expect(() => loadConfig({ CERTFLOW_SIMULATED_CLOCK: 'yes' })).toThrow(ConfigurationError);
  });
});
