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

describe('loadConfig: sign-in', () => {
  const oidc = { CERTFLOW_OIDC_ISSUER: 'https://id.ganzhou.example/realms/gov', CERTFLOW_OIDC_AUDIENCE: 'certflow' };

  it('accepts only embedded tokens when no identity provider is set', () => {
    expect(loadConfig({})).toMatchObject({ oidc: undefined, embeddedTokens: true });
  });

  it('reads the issuer, the audience and the default claim names', () => {
    expect(loadConfig(oidc).oidc).toEqual({
      issuer: 'https://id.ganzhou.example/realms/gov',
      audience: 'certflow',
      roleClaim: 'certflow_role',
      countyClaim: 'certflow_county',
      platformClaim: 'certflow_platform',
      roleMap: undefined,
    });
  });

  it('takes other claim names and a role map', () => {
    const config = loadConfig({
      ...oidc,
      CERTFLOW_OIDC_ROLE_CLAIM: 'groups',
      CERTFLOW_OIDC_COUNTY_CLAIM: 'division',
      CERTFLOW_OIDC_PLATFORM_CLAIM: 'org',
      CERTFLOW_OIDC_ROLE_MAP: '{"gz-city-admin":"city","gz-county-officer":"county"}',
    });
    expect(config.oidc).toMatchObject({ roleClaim: 'groups', countyClaim: 'division', platformClaim: 'org' });
    expect({ ...config.oidc?.roleMap }).toEqual({ 'gz-city-admin': 'city', 'gz-county-officer': 'county' });
  });

  it("describes the console as the provider's public client only when its client id is set", () => {
    expect(loadConfig(oidc).oidc?.console).toBeUndefined();
    expect(loadConfig({ ...oidc, CERTFLOW_OIDC_CONSOLE_CLIENT_ID: 'certflow-console' }).oidc?.console).toEqual({ clientId: 'certflow-console', scopes: 'openid' });
    expect(
      loadConfig({ ...oidc, CERTFLOW_OIDC_CONSOLE_CLIENT_ID: 'certflow-console', CERTFLOW_OIDC_CONSOLE_SCOPES: 'openid profile', CERTFLOW_OIDC_CONSOLE_RESOURCE: 'certflow' }).oidc
        ?.console,
    ).toEqual({ clientId: 'certflow-console', scopes: 'openid profile', resource: 'certflow' });
  });

  it('keeps embedded tokens beside OIDC, except in production or when turned off', () => {
    expect(loadConfig(oidc).embeddedTokens).toBe(true);
    expect(loadConfig({ ...oidc, NODE_ENV: 'production' }).embeddedTokens).toBe(false);
    expect(loadConfig({ ...oidc, CERTFLOW_EMBEDDED_TOKENS: '0' }).embeddedTokens).toBe(false);
    expect(loadConfig({ ...oidc, NODE_ENV: 'production', CERTFLOW_EMBEDDED_TOKENS: '1' }).embeddedTokens).toBe(true);
    // Without an identity provider the embedded key is the only way in, even in production.
    expect(loadConfig({ NODE_ENV: 'production' }).embeddedTokens).toBe(true);
  });

  it('offers the development sign-in on loopback or a training server only, never in production nor without embedded tokens', () => {
    expect(loadConfig({}).devSignIn).toBe(true);
    expect(loadConfig({ HOST: '::1' }).devSignIn).toBe(true);
    expect(loadConfig({ HOST: '0.0.0.0' }).devSignIn).toBe(false);
    expect(loadConfig({ HOST: '0.0.0.0', CERTFLOW_SIMULATED_CLOCK: '1' }).devSignIn).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).devSignIn).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', CERTFLOW_SIMULATED_CLOCK: '1' }).devSignIn).toBe(false);
    expect(loadConfig({ ...oidc, CERTFLOW_EMBEDDED_TOKENS: '0' }).devSignIn).toBe(false);
  });

  it.each([
    [{ CERTFLOW_OIDC_ISSUER: 'https://id.example' }, 'CERTFLOW_OIDC_AUDIENCE'],
    [{ ...oidc, CERTFLOW_OIDC_ISSUER: 'not a url' }, 'CERTFLOW_OIDC_ISSUER'],
    [{ ...oidc, CERTFLOW_OIDC_ISSUER: 'http://id.example' }, 'CERTFLOW_OIDC_ISSUER'],
    [{ CERTFLOW_OIDC_AUDIENCE: 'certflow' }, 'CERTFLOW_OIDC_AUDIENCE'],
    [{ ...oidc, CERTFLOW_OIDC_ROLE_MAP: '{"gz-city-admin":"mayor"}' }, 'CERTFLOW_OIDC_ROLE_MAP'],
    [{ ...oidc, CERTFLOW_OIDC_ROLE_MAP: '["city"]' }, 'CERTFLOW_OIDC_ROLE_MAP'],
    [{ ...oidc, CERTFLOW_OIDC_ROLE_MAP: '{city' }, 'CERTFLOW_OIDC_ROLE_MAP'],
    [{ ...oidc, CERTFLOW_OIDC_ROLE_CLAIM: ' role' }, 'CERTFLOW_OIDC_ROLE_CLAIM'],
    [{ ...oidc, CERTFLOW_EMBEDDED_TOKENS: 'no' }, 'CERTFLOW_EMBEDDED_TOKENS'],
    [{ CERTFLOW_EMBEDDED_TOKENS: '0' }, 'CERTFLOW_EMBEDDED_TOKENS'],
    [{ CERTFLOW_OIDC_CONSOLE_CLIENT_ID: 'certflow-console' }, 'CERTFLOW_OIDC_CONSOLE_CLIENT_ID'],
  ])('refuses %j, naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigurationError);
    expect(() => loadConfig(env)).toThrow(variable);
  });

  it('allows plain HTTP only for a provider on loopback', () => {
    expect(loadConfig({ ...oidc, CERTFLOW_OIDC_ISSUER: 'http://127.0.0.1:4100' }).oidc?.issuer).toBe('http://127.0.0.1:4100');
  });
});

describe('loadConfig: the Kafka relay (issue 11)', () => {
  it('is off unless KAFKA_BROKERS is set (the embedded default has no broker)', () => {
    expect(loadConfig({}).kafka).toBeUndefined();
    expect(loadConfig({ KAFKA_BROKERS: '' }).kafka).toBeUndefined();
  });

  it('reads the brokers and the topic settings, with their defaults', () => {
    expect(loadConfig({ KAFKA_BROKERS: '127.0.0.1:9092' }).kafka).toEqual({
      brokers: ['127.0.0.1:9092'],
      topic: 'certflow.certification.v1',
      topicV2: 'certflow.certification.v2',
      partitions: 6,
      replication: 1,
      retentionDays: 0,
    });
    expect(
      loadConfig({
        KAFKA_BROKERS: 'kafka-1.gov:9092, kafka-2.gov:9093,[::1]:9094',
        CERTFLOW_KAFKA_TOPIC: 'gz.certification_v1-test',
        CERTFLOW_KAFKA_TOPIC_V2: 'gz.certification_v2-test',
        CERTFLOW_KAFKA_PARTITIONS: '12',
        CERTFLOW_KAFKA_REPLICATION: '3',
        CERTFLOW_KAFKA_RETENTION_DAYS: '3650',
      }).kafka,
    ).toEqual({ brokers: ['kafka-1.gov:9092', 'kafka-2.gov:9093', '[::1]:9094'], topic: 'gz.certification_v1-test', topicV2: 'gz.certification_v2-test', partitions: 12, replication: 3, retentionDays: 3650 });
  });

  it('refuses brokers that are not host:port, naming the variable', () => {
    for (const value of ['kafka://127.0.0.1:9092', '127.0.0.1', '127.0.0.1:9092,', 'host:port']) {
      expect(() => loadConfig({ KAFKA_BROKERS: value })).toThrow(ConfigurationError);
      expect(() => loadConfig({ KAFKA_BROKERS: value })).toThrow(/^KAFKA_BROKERS must be host:port/);
    }
  });

  it('refuses a topic name Kafka would refuse', () => {
    for (const value of ['a topic', 'topic/1', '.', '..', 'x'.repeat(250), '平台']) {
      expect(() => loadConfig({ KAFKA_BROKERS: '127.0.0.1:9092', CERTFLOW_KAFKA_TOPIC: value })).toThrow(/CERTFLOW_KAFKA_TOPIC must be a Kafka topic name/);
    }
    expect(loadConfig({ KAFKA_BROKERS: '127.0.0.1:9092', CERTFLOW_KAFKA_TOPIC: 'x'.repeat(249) }).kafka?.topic).toHaveLength(249);
  });

  it('partitions from 1 to 10000, replication from 1 to 32767, retention from 0 (forever) to 36500 days', () => {
    const kafka = (env: Record<string, string>) => loadConfig({ KAFKA_BROKERS: '127.0.0.1:9092', ...env }).kafka!;
    expect(kafka({ CERTFLOW_KAFKA_PARTITIONS: '1' }).partitions).toBe(1);
    expect(kafka({ CERTFLOW_KAFKA_PARTITIONS: '10000' }).partitions).toBe(10_000);
    expect(() => kafka({ CERTFLOW_KAFKA_PARTITIONS: '0' })).toThrow(/CERTFLOW_KAFKA_PARTITIONS/);
    expect(() => kafka({ CERTFLOW_KAFKA_PARTITIONS: '10001' })).toThrow(/CERTFLOW_KAFKA_PARTITIONS/);
    expect(kafka({ CERTFLOW_KAFKA_REPLICATION: '32767' }).replication).toBe(32_767);
    expect(() => kafka({ CERTFLOW_KAFKA_REPLICATION: '0' })).toThrow(/CERTFLOW_KAFKA_REPLICATION/);
    expect(kafka({ CERTFLOW_KAFKA_RETENTION_DAYS: '36500' }).retentionDays).toBe(36_500);
    expect(() => kafka({ CERTFLOW_KAFKA_RETENTION_DAYS: '36501' })).toThrow(/CERTFLOW_KAFKA_RETENTION_DAYS/);
    expect(() => kafka({ CERTFLOW_KAFKA_RETENTION_DAYS: '-1' })).toThrow(/CERTFLOW_KAFKA_RETENTION_DAYS/);
  });
});
