export interface Migration {
  readonly version: number;
  readonly name: string;
  /** `{schema}` stands for the quoted schema name. */
  readonly sql: string;
}

/**
 * Appends run as one call of `append_events`: one round trip and one commit per append, with
 * the expected version checked under the stream's row lock in the same transaction as the
 * insert. Each event row keeps the id of the transaction that wrote it, so subscribers can
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
CREATE INDEX events_by_type ON {schema}.events (type, global_position);

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

CREATE FUNCTION {schema}.append_events(p_stream_id text, p_expected text, p_command_id text, p_bodies text[])
RETURNS TABLE (outcome text, stream_version integer, first_position bigint, last_position bigint)
LANGUAGE plpgsql AS $fn$
DECLARE
  v_now           timestamptz := date_trunc('milliseconds', clock_timestamp());
  v_exists        boolean;
  v_version       integer;
  v_hash          text;
  v_recorded_at   timestamptz;
  v_recorded_text text;
  v_body          jsonb;
  v_first         bigint;
  v_last          bigint;
  v_command       record;
BEGIN
  LOOP
    SELECT s.version, s.last_hash, s.last_recorded_at INTO v_version, v_hash, v_recorded_at
      FROM {schema}.streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
    v_exists := FOUND;
    -- Checked under the stream lock: a retry racing its first attempt waits for it, then sees it.
    IF p_command_id IS NOT NULL THEN
      SELECT c.stream_id, c.stream_version, c.first_position, c.last_position INTO v_command
        FROM {schema}.commands c WHERE c.command_id = p_command_id;
      IF FOUND THEN
        IF v_command.stream_id <> p_stream_id THEN
          RAISE EXCEPTION USING ERRCODE = 'CF002', MESSAGE = v_command.stream_id;
        END IF;
        RETURN QUERY SELECT 'duplicate'::text, v_command.stream_version, v_command.first_position, v_command.last_position;
        RETURN;
      END IF;
    END IF;
    IF NOT v_exists THEN
      v_version := 0;
      v_hash := '';
      v_recorded_at := v_now;
    END IF;
    IF NOT (p_expected = 'any'
        OR (p_expected = 'no-stream' AND v_version = 0)
        OR (p_expected = 'stream-exists' AND v_version > 0)
        OR (p_expected ~ '^[0-9]+$' AND v_version = p_expected::bigint)) THEN
      RAISE EXCEPTION USING ERRCODE = 'CF001', MESSAGE = v_version::text;
    END IF;
    EXIT WHEN v_exists;
    INSERT INTO {schema}.streams (stream_id, version, last_hash, last_recorded_at)
      VALUES (p_stream_id, 0, '', v_now) ON CONFLICT (stream_id) DO NOTHING;
    EXIT WHEN FOUND;
    -- Another append created the stream since our read: lock it and decide again.
  END LOOP;

  v_recorded_at := greatest(v_now, v_recorded_at);
  v_recorded_text := to_char(v_recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  FOR i IN 1 .. array_length(p_bodies, 1) LOOP
    v_version := v_version + 1;
    v_hash := encode(sha256(convert_to(
      v_hash || E'\\n' || v_version::text || E'\\n' || v_recorded_text || E'\\n' || p_bodies[i], 'UTF8')), 'hex');
    v_body := p_bodies[i]::jsonb;
    INSERT INTO {schema}.events (stream_id, stream_version, event_id, type, schema_version, data, metadata, recorded_at, hash)
      VALUES (p_stream_id, v_version, (v_body ->> 'eventId')::uuid, v_body ->> 'type', (v_body ->> 'schemaVersion')::integer,
              v_body -> 'data', v_body -> 'metadata', v_recorded_at, v_hash)
      RETURNING global_position INTO v_last;
    v_first := coalesce(v_first, v_last);
  END LOOP;
  UPDATE {schema}.streams SET version = v_version, last_hash = v_hash, last_recorded_at = v_recorded_at
    WHERE stream_id = p_stream_id;
  IF p_command_id IS NOT NULL THEN
    INSERT INTO {schema}.commands (command_id, stream_id, stream_version, first_position, last_position)
      VALUES (p_command_id, p_stream_id, v_version, v_first, v_last);
  END IF;
  RETURN QUERY SELECT 'appended'::text, v_version, v_first, v_last;
END;
$fn$;
`,
  },
];
