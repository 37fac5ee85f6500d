const LINK_SHA256 = `        v_hash := encode(sha256(convert_to(
          v_hash || E'\\n' || v_version::text || E'\\n' || v_recorded_text || E'\\n' || p_bodies[j], 'UTF8')), 'hex');`;

// SM3 goes through {schema}.chain_sm3, which the store points at pgcrypto's digest() when it is
// opened with CERTFLOW_CHAIN_HASH=sm3 (pgcrypto's schema is only known then).
const LINK_BY_ALGORITHM = `        v_input := convert_to(
          v_hash || E'\\n' || v_version::text || E'\\n' || v_recorded_text || E'\\n' || p_bodies[j], 'UTF8');
        v_hash := CASE WHEN p_algorithm = 'sm3' THEN 'sm3:' || encode({schema}.chain_sm3(v_input), 'hex')
                       ELSE encode(sha256(v_input), 'hex') END;`;

/**
 * Migration 1's append function, and migration 3's, which takes the chain algorithm: one text,
 * so the two cannot drift apart.
 */
function appendBatch(algorithm: boolean): string {
  return `CREATE FUNCTION {schema}.append_batch(
  p_streams text[], p_expected text[], p_commands text[], p_counts integer[], p_bodies text[]${algorithm ? ", p_algorithm text DEFAULT 'sha256'" : ''})
RETURNS TABLE (idx integer, outcome text, stream_version integer, first_position bigint, last_position bigint, detail text)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_now           timestamptz := date_trunc('milliseconds', clock_timestamp());
  v_offset        integer := 0;
  v_stream        text;
  v_expected      text;
  v_command       text;
  v_outcome       text;
  v_exists        boolean;
  v_version       integer;
  v_hash          text;
  v_recorded_at   timestamptz;
  v_recorded_text text;
  v_body          jsonb;${algorithm ? '\n  v_input         bytea;' : ''}
  v_first         bigint;
  v_last          bigint;
  v_earlier       record;
BEGIN
  FOR i IN 1 .. coalesce(array_length(p_streams, 1), 0) LOOP
    v_stream := p_streams[i];
    v_expected := p_expected[i];
    v_command := p_commands[i];
    v_outcome := NULL;
    v_first := NULL;
    LOOP
      SELECT s.version, s.last_hash, s.last_recorded_at INTO v_version, v_hash, v_recorded_at
        FROM {schema}.streams s WHERE s.stream_id = v_stream FOR UPDATE;
      v_exists := FOUND;
      -- Checked under the stream lock: a retry racing its first attempt waits for it, then sees it.
      IF v_command IS NOT NULL THEN
        SELECT c.stream_id, c.stream_version, c.first_position, c.last_position INTO v_earlier
          FROM {schema}.commands c WHERE c.command_id = v_command;
        IF FOUND THEN
          v_outcome := CASE WHEN v_earlier.stream_id = v_stream THEN 'duplicate' ELSE 'reused' END;
          EXIT;
        END IF;
      END IF;
      IF NOT v_exists THEN
        v_version := 0;
        v_hash := '';
        v_recorded_at := v_now;
      END IF;
      IF NOT (v_expected = 'any'
          OR (v_expected = 'no-stream' AND v_version = 0)
          OR (v_expected = 'stream-exists' AND v_version > 0)
          OR (v_expected ~ '^[0-9]+$' AND v_version = v_expected::bigint)) THEN
        v_outcome := 'conflict';
        EXIT;
      END IF;
      EXIT WHEN v_exists;
      INSERT INTO {schema}.streams (stream_id, version, last_hash, last_recorded_at)
        VALUES (v_stream, 0, '', v_now) ON CONFLICT (stream_id) DO NOTHING;
      EXIT WHEN FOUND;
      -- Another append created the stream since our read: lock it and decide again.
    END LOOP;

    IF v_outcome = 'duplicate' THEN
      RETURN QUERY SELECT i, v_outcome, v_earlier.stream_version, v_earlier.first_position, v_earlier.last_position, NULL::text;
    ELSIF v_outcome = 'reused' THEN
      RETURN QUERY SELECT i, v_outcome, NULL::integer, NULL::bigint, NULL::bigint, v_earlier.stream_id::text;
    ELSIF v_outcome = 'conflict' THEN
      RETURN QUERY SELECT i, v_outcome, v_version, NULL::bigint, NULL::bigint, NULL::text;
    ELSE
      v_recorded_at := greatest(v_now, v_recorded_at);
      v_recorded_text := to_char(v_recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
      FOR j IN v_offset + 1 .. v_offset + p_counts[i] LOOP
        v_version := v_version + 1;
${algorithm ? LINK_BY_ALGORITHM : LINK_SHA256}
        v_body := p_bodies[j]::jsonb;
        INSERT INTO {schema}.events (stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at, hash)
          VALUES (v_stream, v_version, (v_body ->> 'eventId')::uuid, v_body ->> 'type', (v_body ->> 'schemaVersion')::integer,
                  v_body -> 'data', v_body -> 'metadata', v_recorded_at, v_hash)
          RETURNING global_position INTO v_last;
        v_first := coalesce(v_first, v_last);
      END LOOP;
      UPDATE {schema}.streams SET version = v_version, last_hash = v_hash, last_recorded_at = v_recorded_at
        WHERE stream_id = v_stream;
      IF v_command IS NOT NULL THEN
        INSERT INTO {schema}.commands (command_id, stream_id, stream_version, first_position, last_position)
          VALUES (v_command, v_stream, v_version, v_first, v_last);
      END IF;
      RETURN QUERY SELECT i, 'appended'::text, v_version, v_first, v_last, NULL::text;
    END IF;
    v_offset := v_offset + p_counts[i];
  END LOOP;
END;
$fn$;
`;
}

export interface Migration {
  readonly version: number;
  readonly name: string;
  /** `{schema}` stands for the quoted schema name. */
  readonly sql: string;
}

/**
 * Appends run as calls of `append_batch`: appends that arrive while others are in flight share
 * one round trip and one commit (group commit), each with its own expected version checked
 * under its stream's row lock in the same transaction as its insert, and its own outcome row,
 * so one refused append never fails the others. Each event row keeps the id of the transaction that wrote it, so subscribers can
 * wait for every transaction older than the snapshot's xmin instead of trusting positions,
 * which are taken before commit and may become visible out of order.
 */
export const POSTGRES_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'event store',
    sql: `
CREATE TABLE {schema}.events (
  global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
  stream_id       text        NOT NULL,
  stream_version  integer     NOT NULL,
  event_id        uuid        NOT NULL UNIQUE,
  type            text        NOT NULL,
  schema_version  integer     NOT NULL,
  data            jsonb       NOT NULL,
  metadata        jsonb       NOT NULL,
  recorded_at     timestamptz NOT NULL,
  hash            text        NOT NULL,
  UNIQUE (stream_id, stream_version)
);
CREATE INDEX events_by_transaction ON {schema}.events (transaction_id, global_position);

CREATE TABLE {schema}.streams (
  stream_id        text        PRIMARY KEY,
  version          integer     NOT NULL,
  last_hash        text        NOT NULL,
  last_recorded_at timestamptz NOT NULL
);

CREATE TABLE {schema}.commands (
  command_id     text    PRIMARY KEY,
  stream_id      text    NOT NULL,
  stream_version integer NOT NULL,
  first_position bigint  NOT NULL,
  last_position  bigint  NOT NULL
);

CREATE TABLE {schema}.checkpoints (
  name            text        PRIMARY KEY,
  transaction_id  xid8        NOT NULL,
  global_position bigint      NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now()
);

${appendBatch(false)}`,
  },
  {
    version: 2,
    name: 'transparency log',
    sql: `
CREATE TABLE {schema}.log_leaves (
  leaf_index      bigint  PRIMARY KEY,
  transaction_id  xid8    NOT NULL,
  global_position bigint  NOT NULL UNIQUE,
  stream_id       text    NOT NULL,
  stream_version  integer NOT NULL,
  leaf_hash       text    NOT NULL
);
CREATE TABLE {schema}.log_heads (
  tree_size bigint PRIMARY KEY,
  root_hash text   NOT NULL,
  timestamp text   NOT NULL,
  algorithm text   NOT NULL,
  key_id    text   NOT NULL,
  signature text   NOT NULL
);
`,
  },
  {
    version: 3,
    name: 'chain algorithm per event (SHA-256 or SM3)',
    sql: `
CREATE FUNCTION {schema}.chain_sm3(p_input bytea) RETURNS bytea LANGUAGE plpgsql AS $sm3$
BEGIN
  RAISE EXCEPTION 'SM3 chain links need pgcrypto: open the store with CERTFLOW_CHAIN_HASH=sm3';
END;
$sm3$;
DROP FUNCTION {schema}.append_batch(text[], text[], text[], integer[], text[]);
${appendBatch(true)}`,
  },
];
