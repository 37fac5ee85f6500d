import { describe, expect, it } from '@jest/globals';
import { resolve } from 'node:path';
import { ConfigurationError, loadConfig, parseEnv, VARIABLES } from './index.js';

/** The refusal of `env`: a ConfigurationError on one line. */
function refusal(env: Record<string, string>): ConfigurationError {
  let caught: unknown;
  try {
    loadConfig(env);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ConfigurationError);
  const error = caught as ConfigurationError;
  expect(error.message).not.toMatch(/[\r\n]/);
  return error;
}

describe('loadConfig: the event store', () => {
  it('is SQLite in ./data by default', () => {
    expect(loadConfig({})).toMatchObject({ store: 'sqlite', dataDir: resolve('data'), databaseUrl: undefined });
    expect(loadConfig({ CERTFLOW_DATA_DIR: 'training' }).dataDir).toBe(resolve('training'));
  });

  it('refuses a store it does not know, and PostgreSQL without DATABASE_URL', () => {
    expect(refusal({ CERTFLOW_EVENT_STORE: 'x' }).message).toBe("CERTFLOW_EVENT_STORE must be 'sqlite', 'postgres' or 'kurrentdb', got 'x'");
    expect(refusal({ CERTFLOW_EVENT_STORE: 'postgres' }).message).toBe('CERTFLOW_EVENT_STORE=postgres needs DATABASE_URL');
  });

  it('hashes chain links with SHA-256 by default, takes SM3, and refuses SM3 on a runtime without it', () => {
    expect(loadConfig({}).chainHash).toBe('sha256');
    expect(loadConfig({ CERTFLOW_CHAIN_HASH: 'sm3' }).chainHash).toBe('sm3');
    expect(refusal({ CERTFLOW_CHAIN_HASH: 'md5' }).message).toBe("CERTFLOW_CHAIN_HASH must be 'sha256' or 'sm3', got 'md5'");
    const withoutSm3 = () => ['sha256', 'sha512'];
    expect(() => parseEnv({ CERTFLOW_CHAIN_HASH: 'sm3' }, withoutSm3)).toThrow(/^CERTFLOW_CHAIN_HASH=sm3 but this Node\.js \(v\d+.*\) has no SM3$/);
    expect(parseEnv({}, withoutSm3).CERTFLOW_CHAIN_HASH).toBe('sha256');
  });

  it('takes KurrentDB with a kurrentdb:// or esdb:// URL, and refuses it without one or with another scheme', () => {
    expect(refusal({ CERTFLOW_EVENT_STORE: 'kurrentdb' }).message).toBe('CERTFLOW_EVENT_STORE=kurrentdb needs KURRENTDB_URL');
    expect(refusal({ CERTFLOW_EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'http://127.0.0.1:2113' }).message).toMatch(/^KURRENTDB_URL must be a KurrentDB URL/);
    expect(parseEnv({ CERTFLOW_EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://127.0.0.1:2113?tls=false' }).KURRENTDB_URL).toBe('kurrentdb://127.0.0.1:2113?tls=false');
    expect(parseEnv({ CERTFLOW_EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'esdb://127.0.0.1:2113?tls=false' }).CERTFLOW_EVENT_STORE).toBe('kurrentdb');
  });

  it('refuses a DATABASE_URL that is not PostgreSQL without repeating it (it may hold a password)', () => {
    const error = refusal({ CERTFLOW_EVENT_STORE: 'postgres', DATABASE_URL: 'mysql://user:s3cret@db/certflow' });
    expect(error.variables).toEqual(['DATABASE_URL']);
    expect(error.message).toMatch(/^DATABASE_URL must be a PostgreSQL URL/);
    expect(error.message).not.toContain('s3cret');
    expect(loadConfig({ CERTFLOW_EVENT_STORE: 'postgres', DATABASE_URL: 'postgresql://db/certflow' }).databaseUrl).toBe('postgresql://db/certflow');
  });

  it('takes an empty value as unset, as `VAR= certflow ...` means', () => {
    expect(loadConfig({ CERTFLOW_EVENT_STORE: '', PORT: '', HOST: '', CERTFLOW_DATA_DIR: '' })).toMatchObject({
      store: 'sqlite',
      port: 3000,
      host: '127.0.0.1',
      dataDir: resolve('data'),
    });
  });
});

describe('loadConfig: read models', () => {
  it('keeps them in memory by default', () => {
    expect(loadConfig({}).readModels).toEqual({ kind: 'memory', mongodbUrl: undefined, mongodbDatabase: 'certflow' });
  });

  it('takes the database from CERTFLOW_MONGODB_DATABASE, else from the URL, else certflow', () => {
    const mongo = { CERTFLOW_READ_MODELS: 'mongodb', MONGODB_URL: 'mongodb://127.0.0.1:27017' };
    expect(loadConfig(mongo).readModels).toEqual({ kind: 'mongodb', mongodbUrl: mongo.MONGODB_URL, mongodbDatabase: 'certflow' });
    expect(loadConfig({ ...mongo, MONGODB_URL: 'mongodb://h:1/registry?tls=true' }).readModels.mongodbDatabase).toBe('registry');
    expect(loadConfig({ ...mongo, MONGODB_URL: 'mongodb+srv://h/registry', CERTFLOW_MONGODB_DATABASE: 'gz' }).readModels.mongodbDatabase).toBe('gz');
  });

  it.each([
    [{ CERTFLOW_READ_MODELS: 'redis' }, "CERTFLOW_READ_MODELS must be 'memory' or 'mongodb', got 'redis'"],
    [{ CERTFLOW_READ_MODELS: 'mongodb' }, 'CERTFLOW_READ_MODELS=mongodb needs MONGODB_URL'],
    [{ MONGODB_URL: 'http://127.0.0.1:27017' }, 'MONGODB_URL must be a MongoDB URL (mongodb:// or mongodb+srv://...)'],
    [{ CERTFLOW_MONGODB_DATABASE: 'gz.registry' }, /^CERTFLOW_MONGODB_DATABASE must be a MongoDB database name .*, got 'gz.registry'$/],
    [{ CERTFLOW_MONGODB_DATABASE: 'x'.repeat(64) }, /^CERTFLOW_MONGODB_DATABASE must be a MongoDB database name/],
  ])('refuses %j', (env, message) => {
    expect(refusal(env).message).toMatch(message);
  });

  it('accepts a database name of 63 characters, the most MongoDB allows', () => {
    expect(loadConfig({ CERTFLOW_MONGODB_DATABASE: 'x'.repeat(63) }).readModels.mongodbDatabase).toHaveLength(63);
  });
});

describe('loadConfig: CERTFLOW_REBUILD_MEMORY_MB', () => {
  it('is 256 MB by default', () => {
    expect(loadConfig({}).rebuildMemoryMb).toBe(256);
  });

  it.each([
    ['1', 1],
    ['64', 64],
    ['65536', 65536],
  ])('takes %p', (value, mb) => {
    expect(loadConfig({ CERTFLOW_REBUILD_MEMORY_MB: value }).rebuildMemoryMb).toBe(mb);
  });

  // The worker used to read it with Number(...) || undefined: these fell back to 256 without a word.
  it.each(['0', '65537', '-1', '1.5', '256MB', ' 256', '0x100', '1e3', 'lots'])('refuses %p, naming the variable', (value) => {
    const error = refusal({ CERTFLOW_REBUILD_MEMORY_MB: value });
    expect(error.message).toBe(`CERTFLOW_REBUILD_MEMORY_MB must be a whole number from 1 to 65536, got '${value}'`);
    expect(error.variables).toEqual(['CERTFLOW_REBUILD_MEMORY_MB']);
  });
});

describe('loadConfig: CERTFLOW_HEAP_GROWTH_PERCENT (issue 15)', () => {
  it('lets the heap grow 50 % past its live set by default', () => {
    expect(loadConfig({}).heapGrowthPercent).toBe(50);
  });

  it.each([
    ['0', 0],
    ['10', 10],
    ['300', 300],
  ])('takes %p (0: V8 decides)', (value, percent) => {
    expect(loadConfig({ CERTFLOW_HEAP_GROWTH_PERCENT: value }).heapGrowthPercent).toBe(percent);
  });

  it.each(['1', '9'])('refuses %p: a full collection at nearly every step', (value) => {
    const error = refusal({ CERTFLOW_HEAP_GROWTH_PERCENT: value });
    expect(error.message).toBe('CERTFLOW_HEAP_GROWTH_PERCENT must be 0 (V8 decides) or from 10 to 300');
    expect(error.variables).toEqual(['CERTFLOW_HEAP_GROWTH_PERCENT']);
  });

  it.each(['-1', '301', '1.5', '50%', 'lots'])('refuses %p, naming the variable', (value) => {
    const error = refusal({ CERTFLOW_HEAP_GROWTH_PERCENT: value });
    expect(error.message).toBe(`CERTFLOW_HEAP_GROWTH_PERCENT must be a whole number from 0 to 300, got '${value}'`);
    expect(error.variables).toEqual(['CERTFLOW_HEAP_GROWTH_PERCENT']);
  });
});

describe('loadConfig: where the API listens', () => {
  it('listens on 127.0.0.1:3000 by default', () => {
    expect(loadConfig({})).toMatchObject({ host: '127.0.0.1', port: 3000 });
  });

  it.each([
    ['0', 0],
    ['1', 1],
    ['65535', 65535],
  ])('takes PORT=%p', (value, port) => {
    expect(loadConfig({ PORT: value }).port).toBe(port);
  });

  it.each(['65536', '-1', '3000.5', '0x50', ' 80', 'http'])('refuses PORT=%p', (value) => {
    expect(refusal({ PORT: value }).message).toBe(`PORT must be a whole number from 0 to 65535, got '${value}'`);
  });
});

describe('loadConfig: rate-limit boundaries', () => {
  it('takes 0 (off) and 999999999, and refuses 1000000000', () => {
    expect(loadConfig({ CERTFLOW_RATE_LIMIT_AUTHENTICATED: '0' }).rateLimits.authenticatedPerMinute).toBe(0);
    expect(loadConfig({ CERTFLOW_RATE_LIMIT_AUTHENTICATED: '999999999' }).rateLimits.authenticatedPerMinute).toBe(999_999_999);
    expect(refusal({ CERTFLOW_RATE_LIMIT_AUTHENTICATED: '1000000000' }).message).toMatch(/^CERTFLOW_RATE_LIMIT_AUTHENTICATED must be a whole number/);
  });
});

describe('loadConfig: refusals fit one line', () => {
  it('names every variable at fault on one line', () => {
    const error = refusal({ PORT: 'x', CERTFLOW_SIMULATED_CLOCK: 'yes', CERTFLOW_REBUILD_MEMORY_MB: '0' });
    expect(error.variables).toEqual(['CERTFLOW_REBUILD_MEMORY_MB', 'PORT', 'CERTFLOW_SIMULATED_CLOCK']);
    expect(error.message.split('; ')).toHaveLength(3);
  });

  it('escapes control characters and cuts long values', () => {
    expect(refusal({ CERTFLOW_EVENT_STORE: 'sqlite\npostgres' }).message).toBe("CERTFLOW_EVENT_STORE must be 'sqlite', 'postgres' or 'kurrentdb', got 'sqlite\\x0apostgres'");
    expect(refusal({ CERTFLOW_EVENT_STORE: 'y'.repeat(500) }).message.length).toBeLessThan(200);
  });
});

describe('the schema', () => {
  it('documents every variable with a default and a meaning', () => {
    for (const [name, entry] of Object.entries(VARIABLES)) {
      expect([name, entry.shownDefault.trim().length > 0, entry.meaning.trim().length > 0]).toEqual([name, true, true]);
      expect([name, /[\r\n]/.test(entry.shownDefault + entry.meaning)]).toEqual([name, false]);
    }
  });
});
