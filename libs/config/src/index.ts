import { resolve } from 'node:path';
import type { Role } from '@certflow/domain';
import { parseEnv } from './schema.js';

export { ConfigurationError } from './configuration-error.js';
export { VARIABLES, envSchema, parseEnv, type Env, type Variable, type VariableName } from './schema.js';
export { configurationTable } from './table.js';

export type StoreKind = 'sqlite' | 'postgres' | 'kurrentdb';

export interface CertflowConfig {
  readonly dataDir: string;
  readonly store: StoreKind;
  readonly databaseUrl: string | undefined;
  readonly kurrentdbUrl: string | undefined;
  /** Digest of new hash-chain links (CERTFLOW_CHAIN_HASH). */
  readonly chainHash: 'sha256' | 'sm3';
  /** Where the embedded store commits (CERTFLOW_SQLITE_WRITER). */
  readonly sqliteWriter: 'inline' | 'thread';
  readonly port: number;
  readonly host: string;
  /**
   * Business time set by clients (training servers). Off unless asked for: deadlines (Arts. 12,
   * 15) are checked against business time, so moving it must be a deliberate choice.
   */
  readonly simulatedClock: boolean;
  /** Requests a minute per client address without a token, and per token subject; 0 turns one off. */
  readonly rateLimits: { readonly anonymousPerMinute: number; readonly authenticatedPerMinute: number };
  /** Swagger UI and the OpenAPI document: on, except under NODE_ENV=production unless CERTFLOW_API_DOCS=1. */
  readonly apiDocs: boolean;
  /** Tokens of the government identity provider (OIDC discovery + JWKS); absent, only embedded tokens. */
  readonly oidc: OidcConfig | undefined;
  /** Whether HS256 tokens signed with the data folder's key (`certflow token`) are accepted. */
  readonly embeddedTokens: boolean;
  /**
   * POST /api/v1/dev/sign-in (the console's development sign-in): never under NODE_ENV=production,
   * only with embedded tokens, and only where nobody but the machine's user can reach it (a
   * loopback address) or on a training server (simulated clock), where signing in as anyone is the point.
   */
  readonly devSignIn: boolean;
  readonly readModels: ReadModelSettings;
  /** MB of documents a read-model rebuild holds before writing them. */
  readonly rebuildMemoryMb: number;
  /**
   * Percent the V8 heap of a long-running process may grow past its live set before the next
   * full collection (0: V8's own choice, up to 4x under a steady command load).
   */
  readonly heapGrowthPercent: number;
  /** When the worker signs a head of the log's Merkle tree: after this many events or this long. */
  readonly logHeads: { readonly everyEvents: number; readonly everyMs: number };
  /** Longest wait before reads of the audit routes are appended to the log. */
  readonly auditReadFlushMs: number;
  /** The relay of the public events; undefined (KAFKA_BROKERS unset): off. */
  readonly kafka: KafkaSettings | undefined;
  readonly documents: DocumentSettings;
}

export interface KafkaSettings {
  readonly brokers: readonly string[];
  readonly topic: string;
  /** Contract v2's topic (paged results, signed tree heads). */
  readonly topicV2: string;
  readonly partitions: number;
  readonly replication: number;
  /** 0: kept forever. */
  readonly retentionDays: number;
}

/** Where uploaded documents are kept, and the largest accepted per media type (bytes). */
export interface DocumentSettings {
  readonly store:
    | { readonly kind: 'filesystem'; readonly dataDir: string }
    | {
        readonly kind: 's3';
        readonly dataDir: string;
        readonly endpoint?: string;
        readonly region: string;
        readonly bucket: string;
        readonly accessKeyId?: string;
        readonly secretAccessKey?: string;
      };
  readonly limits: {
    readonly 'application/pdf': number;
    readonly 'application/ofd': number;
    readonly 'image/jpeg': number;
    readonly 'image/png': number;
  };
}

export interface ReadModelSettings {
  readonly kind: 'memory' | 'mongodb';
  readonly mongodbUrl: string | undefined;
  readonly mongodbDatabase: string;
}

export interface OidcConfig {
  readonly issuer: string;
  readonly audience: string;
  readonly roleClaim: string;
  readonly countyClaim: string;
  readonly platformClaim: string;
  /** Identity-provider role values to certflow roles; when set, only the listed values give a role. */
  readonly roleMap: Readonly<Record<string, Role>> | undefined;
  /** The web console as a public client of the provider (authorization code with PKCE); absent, it offers no provider sign-in. */
  readonly console?: OidcConsoleClient;
}

export interface OidcConsoleClient {
  readonly clientId: string;
  readonly scopes: string;
  /** RFC 8707 resource indicator for the access token. */
  readonly resource?: string;
}

/**
 * Every certflow process (server, worker, CLI) reads the same variables, so that a command run
 * beside a server sees the same store. The variables are declared once, in ./schema.ts; this is
 * the shape the processes use. Throws ConfigurationError, one line naming the variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): CertflowConfig {
  const read = parseEnv(env);
  const production = read.NODE_ENV === 'production';
  const oidc: OidcConfig | undefined =
    read.CERTFLOW_OIDC_ISSUER === undefined
      ? undefined
      : {
          issuer: read.CERTFLOW_OIDC_ISSUER,
          audience: read.CERTFLOW_OIDC_AUDIENCE!,
          roleClaim: read.CERTFLOW_OIDC_ROLE_CLAIM,
          countyClaim: read.CERTFLOW_OIDC_COUNTY_CLAIM,
          platformClaim: read.CERTFLOW_OIDC_PLATFORM_CLAIM,
          roleMap: read.CERTFLOW_OIDC_ROLE_MAP,
          ...(read.CERTFLOW_OIDC_CONSOLE_CLIENT_ID
            ? {
                console: {
                  clientId: read.CERTFLOW_OIDC_CONSOLE_CLIENT_ID,
                  scopes: read.CERTFLOW_OIDC_CONSOLE_SCOPES,
                  ...(read.CERTFLOW_OIDC_CONSOLE_RESOURCE ? { resource: read.CERTFLOW_OIDC_CONSOLE_RESOURCE } : {}),
                },
              }
            : {}),
        };
  const embeddedTokens = read.CERTFLOW_EMBEDDED_TOKENS ?? !(oidc && production);
  const loopback = ['127.0.0.1', 'localhost', '::1'].includes(read.HOST);
  return {
    dataDir: resolve(read.CERTFLOW_DATA_DIR),
    store: read.CERTFLOW_EVENT_STORE,
    databaseUrl: read.DATABASE_URL,
    kurrentdbUrl: read.KURRENTDB_URL,
    chainHash: read.CERTFLOW_CHAIN_HASH,
    sqliteWriter: read.CERTFLOW_SQLITE_WRITER,
    port: read.PORT,
    host: read.HOST,
    simulatedClock: read.CERTFLOW_SIMULATED_CLOCK,
    rateLimits: {
      anonymousPerMinute: read.CERTFLOW_RATE_LIMIT_ANONYMOUS,
      authenticatedPerMinute: read.CERTFLOW_RATE_LIMIT_AUTHENTICATED,
    },
    apiDocs: read.CERTFLOW_API_DOCS ?? !production,
    oidc,
    // Without an identity provider the embedded key is the only way in, so it stays on by default.
    embeddedTokens,
    devSignIn: !production && embeddedTokens && (loopback || read.CERTFLOW_SIMULATED_CLOCK),
    readModels: {
      kind: read.CERTFLOW_READ_MODELS,
      mongodbUrl: read.MONGODB_URL,
      mongodbDatabase: read.CERTFLOW_MONGODB_DATABASE ?? databaseInUrl(read.MONGODB_URL) ?? 'certflow',
    },
    rebuildMemoryMb: read.CERTFLOW_REBUILD_MEMORY_MB,
    heapGrowthPercent: read.CERTFLOW_HEAP_GROWTH_PERCENT,
    kafka: read.KAFKA_BROKERS
      ? {
          brokers: read.KAFKA_BROKERS,
          topic: read.CERTFLOW_KAFKA_TOPIC,
          topicV2: read.CERTFLOW_KAFKA_TOPIC_V2,
          partitions: read.CERTFLOW_KAFKA_PARTITIONS,
          replication: read.CERTFLOW_KAFKA_REPLICATION,
          retentionDays: read.CERTFLOW_KAFKA_RETENTION_DAYS,
        }
      : undefined,
    documents: {
      store:
        read.CERTFLOW_DOCUMENT_STORE === 's3'
          ? {
              kind: 's3',
              dataDir: resolve(read.CERTFLOW_DATA_DIR),
              ...(read.S3_ENDPOINT ? { endpoint: read.S3_ENDPOINT } : {}),
              region: read.S3_REGION,
              bucket: read.S3_BUCKET!,
              ...(read.S3_ACCESS_KEY_ID ? { accessKeyId: read.S3_ACCESS_KEY_ID, secretAccessKey: read.S3_SECRET_ACCESS_KEY! } : {}),
            }
          : { kind: 'filesystem', dataDir: resolve(read.CERTFLOW_DATA_DIR) },
      limits: {
        'application/pdf': read.CERTFLOW_DOCUMENT_MAX_MB_PDF * MIB,
        'application/ofd': read.CERTFLOW_DOCUMENT_MAX_MB_OFD * MIB,
        'image/jpeg': read.CERTFLOW_DOCUMENT_MAX_MB_JPEG * MIB,
        'image/png': read.CERTFLOW_DOCUMENT_MAX_MB_PNG * MIB,
      },
    },
    logHeads: { everyEvents: read.CERTFLOW_LOG_HEAD_EVERY_EVENTS, everyMs: read.CERTFLOW_LOG_HEAD_EVERY_SECONDS * 1000 },
    auditReadFlushMs: read.CERTFLOW_AUDIT_READS_FLUSH_MS,
  };
}

const MIB = 1024 * 1024;

function databaseInUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const match = /^mongodb(?:\+srv)?:\/\/[^/]+\/([^?]+)/.exec(url);
  return match?.[1] ? decodeURIComponent(match[1]) : undefined;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface LogSettings {
  readonly level: LogLevel;
  /** undefined: pretty when stdout is a terminal. */
  readonly pretty: boolean | undefined;
}

/**
 * LOG_LEVEL and LOG_PRETTY alone: a logger is made before (and whether or not) the rest of the
 * configuration is read, and must not fail for another variable's sake.
 */
export function logSettings(env: NodeJS.ProcessEnv = process.env): LogSettings {
  const { LOG_LEVEL, LOG_PRETTY } = parseEnv({ LOG_LEVEL: env.LOG_LEVEL, LOG_PRETTY: env.LOG_PRETTY });
  return { level: LOG_LEVEL, pretty: LOG_PRETTY };
}
