export * from './envelope.js';
export * from './errors.js';
export * from './port.js';
export * from './subscription.js';
export * from './upcasting.js';
export * from './chain.js';
export {
  canonicalJson,
  canonicalBody,
  chainHash,
  chainAlgorithmOf,
  chainAlgorithmAvailable,
  CHAIN_ALGORITHMS,
  type ChainAlgorithm,
} from './canonical-json.js';
export * from './signing/decision-signature.js';
export { prepareAppend, assertJsonSerialisable, MAX_EVENT_BYTES, MAX_STREAM_ID_LENGTH } from './validation.js';
export { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store.js';
export { backupSqliteStore, restoreSqliteStore, verifySqliteCopy, type BackupOptions, type RestoreResult } from './sqlite/backup.js';
export { PostgresEventStore, type PostgresEventStoreOptions } from './postgres/postgres-event-store.js';
export type { CopyMarker, TargetState } from './postgres/postgres-import.js';
export { copyStore, verifyStoreCopy, type CopyOptions, type CopyProgress, type CopyResult, type CopyVerification } from './copy/store-copy.js';
export { openEventStore, sqliteFile, type StoreSettings } from './open.js';
export * from './merkle/rfc9162.js';
export * from './merkle/transparency-log.js';
export * from './merkle/tree-head.js';
export * from './merkle/log-sealer.js';
export * from './merkle/verify-log.js';
export * from './merkle/verify-log-thread.js';
