/** Migrations in order; the database's user_version says how many have run. */
export const SQLITE_MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE events (
    global_position INTEGER PRIMARY KEY,
    stream_id       TEXT    NOT NULL,
    stream_version  INTEGER NOT NULL,
    event_id        TEXT    NOT NULL UNIQUE,
    type            TEXT    NOT NULL,
    schema_version  INTEGER NOT NULL,
    data            TEXT    NOT NULL,
    metadata        TEXT    NOT NULL,
    recorded_at     TEXT    NOT NULL,
    hash            TEXT    NOT NULL,
    UNIQUE (stream_id, stream_version)
  );
  CREATE INDEX events_by_type ON events (type, global_position);
  CREATE TABLE streams (
    stream_id        TEXT PRIMARY KEY,
    version          INTEGER NOT NULL,
    last_hash        TEXT    NOT NULL,
    last_recorded_at TEXT    NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE commands (
    command_id     TEXT PRIMARY KEY,
    stream_id      TEXT    NOT NULL,
    stream_version INTEGER NOT NULL,
    first_position INTEGER NOT NULL,
    last_position  INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE checkpoints (
    name       TEXT PRIMARY KEY,
    position   INTEGER NOT NULL,
    updated_at TEXT    NOT NULL
  ) WITHOUT ROWID;
  `,
  `
  CREATE TABLE log_leaves (
    leaf_index      INTEGER PRIMARY KEY,
    global_position INTEGER NOT NULL UNIQUE,
    stream_id       TEXT    NOT NULL,
    stream_version  INTEGER NOT NULL,
    leaf_hash       TEXT    NOT NULL
  );
  CREATE TABLE log_heads (
    tree_size INTEGER PRIMARY KEY,
    root_hash TEXT    NOT NULL,
    timestamp TEXT    NOT NULL,
    algorithm TEXT    NOT NULL,
    key_id    TEXT    NOT NULL,
    signature TEXT    NOT NULL
  ) WITHOUT ROWID;
  `,
];
