import { getHashes } from 'node:crypto';
import { z } from 'zod';
import { ROLES, type Role } from '@certflow/domain';
import { ConfigurationError } from './configuration-error.js';

/**
 * One entry per environment variable that any certflow process reads: how it is parsed, its
 * default as README shows it, and its meaning. README's configuration table is generated from
 * this list (`npm run config:docs`), so a variable is documented here or nowhere.
 */
export interface Variable<T> {
  readonly schema: z.ZodType<T, string | undefined>;
  /** The default as README shows it (Markdown); `—` when there is none. */
  readonly shownDefault: string;
  /** README's meaning column (Markdown, one line). */
  readonly meaning: string;
}

function variable<T>(schema: z.ZodType<T, string | undefined>, shownDefault: string, meaning: string): Variable<T> {
  // `FOO= certflow ...` is the usual way to unset a variable for one command: empty means unset.
  const unsetWhenEmpty = z.preprocess((value) => (value === '' ? undefined : value), schema) as z.ZodType<T, string | undefined>;
  return { schema: unsetWhenEmpty, shownDefault, meaning };
}

/** The offending value inside a one-line message: control characters escaped, long values cut. */
export function shown(value: unknown): string {
  const text = String(value).replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return `'${text.length > 80 ? `${text.slice(0, 80)}…` : text}'`;
}

function choice<const T extends readonly [string, ...string[]]>(values: T) {
  const quoted = values.map((value) => `'${value}'`);
  const listed = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : quoted[0];
  return z.enum(values, { error: (issue) => `must be ${listed}, got ${shown(issue.input)}` });
}

function flag() {
  return z
    .enum(['1', 'true', '0', 'false'], { error: (issue) => `must be 1, true, 0 or false, got ${shown(issue.input)}` })
    .transform((value) => value === '1' || value === 'true');
}

function wholeNumber(min: number, max: number, hint = '') {
  return z.string().transform((value, context) => {
    // Number() alone would take ' 80', '1e3', '0x50' and '' (0): only plain digits are a count.
    const parsed = /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
    if (parsed >= min && parsed <= max) return parsed;
    context.addIssue({ code: 'custom', input: value, message: `must be a whole number from ${min} to ${max}${hint}, got ${shown(value)}` });
    return z.NEVER;
  });
}

/** Connection strings carry passwords: a refusal names the scheme it wanted, never the value. */
function connectionString(schemes: readonly string[], what: string) {
  return z.string().refine((value) => schemes.some((scheme) => value.startsWith(`${scheme}://`)), {
    message: `must be a ${what} URL (${schemes.map((scheme) => `${scheme}://`).join(' or ')}...)`,
  });
}

function text() {
  return z.string();
}

function claimName() {
  return z.string().refine((value) => value.trim() === value, {
    error: (issue) => `must be a claim name without surrounding spaces, got ${shown(issue.input)}`,
  });
}

function oidcIssuer() {
  return z.string().transform((value, context) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      context.addIssue({ code: 'custom', input: value, message: `must be a URL, got ${shown(value)}` });
      return z.NEVER;
    }
    // Keys fetched over plain HTTP could be swapped on the way; only a loopback provider (tests) may use it.
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
      context.addIssue({ code: 'custom', input: value, message: `must be an https URL, got ${shown(value)}` });
      return z.NEVER;
    }
    if (url.search || url.hash) {
      context.addIssue({ code: 'custom', input: value, message: `must not have a query or fragment, got ${shown(value)}` });
      return z.NEVER;
    }
    return value;
  });
}

function roleMap() {
  return z.string().transform((value, context): Readonly<Record<string, Role>> => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      context.addIssue({ code: 'custom', input: value, message: `must be a JSON object, got ${shown(value)}` });
      return z.NEVER;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || Object.keys(parsed).length === 0) {
      context.addIssue({ code: 'custom', input: value, message: `must be a non-empty JSON object, got ${shown(value)}` });
      return z.NEVER;
    }
    // No prototype: a provider role named `constructor` or `__proto__` must map to nothing unless listed.
    const map = Object.create(null) as Record<string, Role>;
    for (const [from, to] of Object.entries(parsed)) {
      if (!ROLES.includes(to as Role)) {
        context.addIssue({ code: 'custom', input: value, message: `maps ${shown(from)} to ${shown(to)}; roles are ${ROLES.join(', ')}` });
        return z.NEVER;
      }
      map[from] = to as Role;
    }
    return map;
  });
}

function mongodbDatabase() {
  // MongoDB's own rule for database names; refused here rather than at the first write.
  return z.string().refine((value) => /^[^/\\. "$*<>:|?]{1,63}$/.test(value), {
    error: (issue) => `must be a MongoDB database name (at most 63 characters, none of / \\ . " $ * < > : | ? or space), got ${shown(issue.input)}`,
  });
}

function kafkaBrokers() {
  return z.string().transform((value, context) => {
    const brokers = value.split(',').map((broker) => broker.trim());
    // host:port each; a scheme or a path is a common paste from another client's settings.
    if (brokers.every((broker) => /^[A-Za-z0-9.-]+:\d{1,5}$|^\[[0-9A-Fa-f:]+\]:\d{1,5}$/.test(broker))) return brokers;
    context.addIssue({ code: 'custom', input: value, message: `must be host:port[,host:port...], got ${shown(value)}` });
    return z.NEVER;
  });
}

function kafkaTopic() {
  // Kafka's own rule for topic names, refused here rather than when the relay first creates it.
  return z.string().refine((value) => /^[A-Za-z0-9._-]{1,249}$/.test(value) && value !== '.' && value !== '..', {
    error: (issue) => `must be a Kafka topic name (letters, digits, . _ -, at most 249), got ${shown(issue.input)}`,
  });
}

export const VARIABLES = {
  // Where the events are.
  CERTFLOW_DATA_DIR: variable(text().default('data'), '`./data`', 'folder of the embedded store (`events.sqlite`) and of the embedded signing key'),
  CERTFLOW_EVENT_STORE: variable(choice(['sqlite', 'postgres', 'kurrentdb']).default('sqlite'), '`sqlite`', '`sqlite`, `postgres` or `kurrentdb`'),
  DATABASE_URL: variable(
    connectionString(['postgres', 'postgresql'], 'PostgreSQL').optional(),
    '—',
    'PostgreSQL connection string (required with `CERTFLOW_EVENT_STORE=postgres`)',
  ),
  KURRENTDB_URL: variable(
    connectionString(['kurrentdb', 'kurrentdb+discover', 'kdb', 'kdb+discover', 'esdb', 'esdb+discover'], 'KurrentDB').optional(),
    '—',
    'KurrentDB or EventStoreDB 20+ connection string, e.g. `kurrentdb://127.0.0.1:2113?tls=false` (required with `CERTFLOW_EVENT_STORE=kurrentdb`)',
  ),
  CERTFLOW_CHAIN_HASH: variable(
    choice(['sha256', 'sm3']).default('sha256'),
    '`sha256`',
    'digest of new hash-chain links: `sha256` or `sm3` (GB/T 32905-2016, for 密评); each event names its own, so a store may switch (PostgreSQL: SM3 through `pgcrypto`)',
  ),
  CERTFLOW_SQLITE_WRITER: variable(
    choice(['inline', 'thread']).default('thread'),
    '`thread`',
    'where the embedded store commits: `thread` (a writer thread, so the event loop goes on with other requests while a batch commits and fsyncs) or `inline` (on the event loop: less latency for a lone writer, less throughput under load); group commit and durability are the same',
  ),

  // Read models.
  CERTFLOW_READ_MODELS: variable(choice(['memory', 'mongodb']).default('memory'), '`memory`', '`memory` (rebuilt from the log at start) or `mongodb`'),
  MONGODB_URL: variable(
    connectionString(['mongodb', 'mongodb+srv'], 'MongoDB').optional(),
    '—',
    'where MongoDB read models live (required with `CERTFLOW_READ_MODELS=mongodb`)',
  ),
  CERTFLOW_MONGODB_DATABASE: variable(mongodbDatabase().optional(), 'from `MONGODB_URL`, else `certflow`', 'the MongoDB database of the read models'),
  CERTFLOW_REBUILD_MEMORY_MB: variable(
    wholeNumber(1, 65536).default(256),
    '`256`',
    'MB of documents a read-model rebuild (at start, or `certflow projections rebuild`) holds before writing them; bound the heap itself with `NODE_OPTIONS=--max-old-space-size=...`',
  ),
  CERTFLOW_HEAP_GROWTH_PERCENT: variable(
    // Under 10 % the process would spend its time collecting: a full collection at nearly every step.
    wholeNumber(0, 300).pipe(z.number().refine((percent) => percent === 0 || percent >= 10, { message: 'must be 0 (V8 decides) or from 10 to 300' })).default(50),
    '`50`',
    'how far the V8 heap of `certflow serve` and `certflow worker` may grow past what the last full collection found live, in percent, from 10 to 300, before the next one (`0`: V8 decides, up to 4 times the live set); not a limit: the heap still grows with the live set',
  ),
  CERTFLOW_LOG_HEAD_EVERY_EVENTS: variable(
    wholeNumber(1, 1_000_000_000).default(1000),
    '`1000`',
    'the worker signs a tree head of the log (Merkle tree, RFC 9162) once this many events were sealed since the last head',
  ),
  CERTFLOW_LOG_HEAD_EVERY_SECONDS: variable(
    wholeNumber(1, 86_400).default(300),
    '`300`',
    '... or once this many seconds passed since the last head and new events were sealed',
  ),
  CERTFLOW_AUDIT_READS_FLUSH_MS: variable(
    wholeNumber(10, 60_000).default(1000),
    '`1000`',
    'reads through the audit routes are recorded in the log in batches, at most this many ms after they were answered: what a crash can lose; each batch is one commit (with SQLite, on the event loop)',
  ),

  // The documents themselves (Arts. 9, 10, 14, 15).
  CERTFLOW_DOCUMENT_STORE: variable(
    choice(['filesystem', 's3']).default('filesystem'),
    '`filesystem`',
    '`filesystem` (under `CERTFLOW_DATA_DIR/documents`) or `s3` (an S3-compatible object store)',
  ),
  S3_ENDPOINT: variable(text().optional(), '— (the SDK\'s AWS default)', 'URL of the S3-compatible server, e.g. `http://127.0.0.1:7070`; path-style addressing is used with it'),
  S3_REGION: variable(text().default('us-east-1'), '`us-east-1`', 'the region requests are signed for'),
  S3_BUCKET: variable(text().optional(), '— (required with `CERTFLOW_DOCUMENT_STORE=s3`)', 'the bucket documents are kept in (created beforehand)'),
  S3_ACCESS_KEY_ID: variable(text().optional(), '— (the SDK\'s default credential chain)', 'access key of the S3 account'),
  S3_SECRET_ACCESS_KEY: variable(text().optional(), '—', 'secret key of the S3 account (with `S3_ACCESS_KEY_ID`)'),
  CERTFLOW_DOCUMENT_MAX_MB_PDF: variable(wholeNumber(1, 4096).default(50), '`50`', 'largest PDF upload, in MB (MiB)'),
  CERTFLOW_DOCUMENT_MAX_MB_OFD: variable(wholeNumber(1, 4096).default(50), '`50`', 'largest OFD (GB/T 33190) upload, in MB (MiB)'),
  CERTFLOW_DOCUMENT_MAX_MB_JPEG: variable(wholeNumber(1, 4096).default(20), '`20`', 'largest JPEG upload, in MB (MiB)'),
  CERTFLOW_DOCUMENT_MAX_MB_PNG: variable(wholeNumber(1, 4096).default(20), '`20`', 'largest PNG upload, in MB (MiB)'),

  // The API.
  PORT: variable(wholeNumber(0, 65535).default(3000), '`3000`', 'where the API listens (`0`: any free port)'),
  HOST: variable(text().default('127.0.0.1'), '`127.0.0.1`', 'the address the API listens on'),
  NODE_ENV: variable(text().optional(), '—', '`production` turns the API documentation off, and embedded tokens too when an OIDC issuer is set'),
  CERTFLOW_SIMULATED_CLOCK: variable(
    flag().default(false),
    '`0`',
    '`1`: a training server: clients with a city token may move business time; every event and every answer says so',
  ),
  CERTFLOW_RATE_LIMIT_ANONYMOUS: variable(
    wholeNumber(0, 999_999_999, ' (0 turns it off)').default(300),
    '`300`',
    'requests a minute per client address without a token; `0` turns it off',
  ),
  CERTFLOW_RATE_LIMIT_AUTHENTICATED: variable(
    wholeNumber(0, 999_999_999, ' (0 turns it off)').default(1200),
    '`1200`',
    'requests a minute per token subject; `0` turns it off',
  ),
  CERTFLOW_API_DOCS: variable(
    flag().optional(),
    '`1`, `0` under `NODE_ENV=production`',
    'Swagger UI at `/api/docs` and the OpenAPI document at `/api/docs-json`',
  ),

  // Sign-in.
  CERTFLOW_OIDC_ISSUER: variable(
    oidcIssuer().optional(),
    '—',
    'sign-in through this identity provider: its `/.well-known/openid-configuration` gives the `jwks_uri`, whose keys are fetched again when a token names a new one (rotation needs no restart); `https` (plain `http` only on loopback)',
  ),
  CERTFLOW_OIDC_AUDIENCE: variable(text().optional(), '— (required with the issuer)', 'the `aud` its tokens must carry for certflow'),
  CERTFLOW_OIDC_ROLE_CLAIM: variable(claimName().default('certflow_role'), '`certflow_role`', 'the claim carrying the role (a string or a list); the actor is `sub`'),
  CERTFLOW_OIDC_COUNTY_CLAIM: variable(claimName().default('certflow_county'), '`certflow_county`', 'the claim carrying the county code'),
  CERTFLOW_OIDC_PLATFORM_CLAIM: variable(claimName().default('certflow_platform'), '`certflow_platform`', 'the claim carrying the platform id'),
  CERTFLOW_OIDC_ROLE_MAP: variable(
    roleMap().optional(),
    '—',
    'JSON object from the provider\'s role values to certflow roles, e.g. `{"gz-city-admin":"city"}`; when set, only the listed values give a role',
  ),
  CERTFLOW_OIDC_CONSOLE_CLIENT_ID: variable(
    text().optional(),
    '— (the console offers no provider sign-in)',
    "the web console's client id at the provider: a public client (no secret) using the authorization code with PKCE, redirect URI `<server>/console/sign-in/callback`",
  ),
  CERTFLOW_OIDC_CONSOLE_SCOPES: variable(text().default('openid'), '`openid`', 'the scopes the console asks for, space-separated'),
  CERTFLOW_OIDC_CONSOLE_RESOURCE: variable(
    text().optional(),
    '— (none sent)',
    'RFC 8707 resource indicator the console sends for its access token, for providers that set the audience by resource (e.g. the value of `CERTFLOW_OIDC_AUDIENCE`)',
  ),
  CERTFLOW_EMBEDDED_TOKENS: variable(
    flag().optional(),
    'on, except with `CERTFLOW_OIDC_ISSUER` and `NODE_ENV=production`',
    '`1`: tokens of `./data`\'s embedded key (`certflow token`) are accepted; `0`: refused (needs `CERTFLOW_OIDC_ISSUER`)',
  ),

  // Downstream events (the relay).
  KAFKA_BROKERS: variable(
    kafkaBrokers().optional(),
    '— (relay off)',
    'Kafka bootstrap brokers, `host:port[,host:port...]`; when set, `certflow worker` and `certflow serve` relay the public certification events to Kafka',
  ),
  CERTFLOW_KAFKA_TOPIC: variable(
    kafkaTopic().default('certflow.certification.v1'),
    '`certflow.certification.v1`',
    'the topic of the public events (`libs/messaging/asyncapi.yaml`); the relay keeps its own checkpoint per topic',
  ),
  CERTFLOW_KAFKA_TOPIC_V2: variable(
    kafkaTopic().default('certflow.certification.v2'),
    '`certflow.certification.v2`',
    'the topic of contract v2 (`libs/messaging/asyncapi.yaml`): paged cycle results and the log\'s signed tree heads; the relay sends v1 and v2, each from its own checkpoint',
  ),
  CERTFLOW_KAFKA_PARTITIONS: variable(wholeNumber(1, 10_000).default(6), '`6`', 'partitions of the topic when the relay creates it (each platform stays on one)'),
  CERTFLOW_KAFKA_REPLICATION: variable(
    wholeNumber(1, 32_767).default(1),
    '`1`',
    'replicas of the topic when the relay creates it; production clusters: `3` (then `min.insync.replicas` is 2)',
  ),
  CERTFLOW_KAFKA_RETENTION_DAYS: variable(
    wholeNumber(0, 36_500, ' (0 keeps them forever)').default(0),
    '`0`',
    'days the topic keeps events when the relay creates it; `0` keeps them forever, so a new consumer can read the whole history',
  ),

  LOG_LEVEL: variable(
    choice(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    '`info`',
    'least severe log lines written (JSON lines on stdout): `fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`',
  ),
  LOG_PRETTY: variable(flag().optional(), 'on when stdout is a terminal', '`1`: readable lines instead of JSON; `0`: JSON even on a terminal'),
} as const;

type Variables = typeof VARIABLES;
export type VariableName = keyof Variables;
/** The environment as the schema read it: typed, defaulted, unset where it has no default. */
export type Env = { readonly [K in VariableName]: Variables[K] extends Variable<infer T> ? T : never };

const OIDC_DETAILS = [
  'CERTFLOW_OIDC_AUDIENCE',
  'CERTFLOW_OIDC_ROLE_CLAIM',
  'CERTFLOW_OIDC_COUNTY_CLAIM',
  'CERTFLOW_OIDC_PLATFORM_CLAIM',
  'CERTFLOW_OIDC_ROLE_MAP',
  'CERTFLOW_OIDC_CONSOLE_CLIENT_ID',
  'CERTFLOW_OIDC_CONSOLE_SCOPES',
  'CERTFLOW_OIDC_CONSOLE_RESOURCE',
] as const satisfies readonly VariableName[];

const shape = Object.fromEntries(Object.entries(VARIABLES).map(([name, entry]) => [name, entry.schema])) as {
  [K in VariableName]: Variables[K]['schema'];
};

/** Unknown variables pass through unread: the schema picks its own out of the whole environment. */
export const envSchema = z.object(shape);

/**
 * Reads the environment through the schema, then checks the rules between variables. A refusal
 * is one line naming every variable at fault.
 */
/** `digests`: what this runtime's OpenSSL computes; tests pass a runtime without SM3. */
export function parseEnv(raw: Readonly<Record<string, string | undefined>>, digests: () => readonly string[] = getHashes): Env {
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const names = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
    const messages = parsed.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`);
    throw new ConfigurationError([...new Set(messages)].join('; '), names);
  }
  const env = parsed.data as Env;
  const isSet = (name: VariableName) => raw[name] !== undefined && raw[name] !== '';
  const refuse = (message: string, ...names: VariableName[]) => {
    throw new ConfigurationError(message, names);
  };
  if (env.CERTFLOW_EVENT_STORE === 'postgres' && !env.DATABASE_URL) {
    refuse('CERTFLOW_EVENT_STORE=postgres needs DATABASE_URL', 'CERTFLOW_EVENT_STORE', 'DATABASE_URL');
  }
  if (env.CERTFLOW_EVENT_STORE === 'kurrentdb' && !env.KURRENTDB_URL) {
    refuse('CERTFLOW_EVENT_STORE=kurrentdb needs KURRENTDB_URL', 'CERTFLOW_EVENT_STORE', 'KURRENTDB_URL');
  }
  // Checked here, not at the first append: a server must not start and then fail every decision.
  if (env.CERTFLOW_CHAIN_HASH === 'sm3' && !digests().includes('sm3')) {
    refuse(`CERTFLOW_CHAIN_HASH=sm3 but this Node.js (${process.version}, OpenSSL ${process.versions.openssl}) has no SM3`, 'CERTFLOW_CHAIN_HASH');
  }
  if (env.CERTFLOW_READ_MODELS === 'mongodb' && !env.MONGODB_URL) {
    refuse('CERTFLOW_READ_MODELS=mongodb needs MONGODB_URL', 'CERTFLOW_READ_MODELS', 'MONGODB_URL');
  }
  if (env.CERTFLOW_DOCUMENT_STORE === 's3' && !env.S3_BUCKET) {
    refuse('CERTFLOW_DOCUMENT_STORE=s3 needs S3_BUCKET', 'CERTFLOW_DOCUMENT_STORE', 'S3_BUCKET');
  }
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    refuse('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY');
  }
  if (env.CERTFLOW_OIDC_ISSUER === undefined) {
    // A half-configured provider would silently leave sign-in to the embedded key.
    const stray = OIDC_DETAILS.find(isSet);
    if (stray) refuse(`${stray} is set but CERTFLOW_OIDC_ISSUER is not`, stray, 'CERTFLOW_OIDC_ISSUER');
    // Without an identity provider the embedded key is the only way in.
    if (env.CERTFLOW_EMBEDDED_TOKENS === false) {
      refuse('CERTFLOW_EMBEDDED_TOKENS=0 needs CERTFLOW_OIDC_ISSUER: otherwise no token would be accepted', 'CERTFLOW_EMBEDDED_TOKENS');
    }
  } else if (!env.CERTFLOW_OIDC_AUDIENCE) {
    refuse("CERTFLOW_OIDC_ISSUER needs CERTFLOW_OIDC_AUDIENCE (the audience certflow's tokens carry)", 'CERTFLOW_OIDC_AUDIENCE');
  }
  return env;
}
