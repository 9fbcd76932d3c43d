-- The event log. Rows are written only through ledger.append_events and never change afterwards.
CREATE SCHEMA IF NOT EXISTS ledger;

CREATE TABLE ledger.streams (
    id            text        PRIMARY KEY,
    version       bigint      NOT NULL CHECK (version >= 0),
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);

CREATE TABLE ledger.events (
    position       bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The writing transaction's id: readers of the complete log order by (tx_id, position)
    -- and read only below the oldest running transaction (see docs/complete-ordering.md).
    tx_id          bigint      NOT NULL,
    event_id       uuid        NOT NULL UNIQUE,
    stream_id      text        NOT NULL REFERENCES ledger.streams (id),
    version        bigint      NOT NULL CHECK (version >= 1),
    type           text        NOT NULL CHECK (type ~ '^[a-z][a-z0-9_]*$'),
    data           jsonb       NOT NULL,
    actor          text        NOT NULL CHECK (actor <> ''),
    recorded_at    timestamptz NOT NULL,
    correlation_id uuid        NOT NULL,
    causation_id   uuid,
    reason         text,
    previous_hash  bytea       CHECK (previous_hash IS NULL OR length(previous_hash) = 32),
    hash           bytea       NOT NULL CHECK (length(hash) = 32),
    CONSTRAINT events_stream_version_unique UNIQUE (stream_id, version),
    CONSTRAINT events_first_has_no_previous CHECK ((version = 1) = (previous_hash IS NULL))
);

CREATE INDEX events_complete_order ON ledger.events (tx_id, position);

CREATE FUNCTION ledger.reject_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger.events is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'EL001';
END $$;

CREATE TRIGGER events_are_immutable BEFORE UPDATE OR DELETE ON ledger.events
    FOR EACH ROW EXECUTE FUNCTION ledger.reject_event_change();
CREATE TRIGGER events_are_never_truncated BEFORE TRUNCATE ON ledger.events
    FOR EACH STATEMENT EXECUTE FUNCTION ledger.reject_event_change();

-- Appends one or many events to one stream in a single call: the expected-version check,
-- the idempotency check, the per-stream hash chain and the inserts happen atomically.
-- p_expected: -1 = any version, 0 = the stream must not exist yet, n > 0 = the stream must be at version n.
-- p_bodies are the canonical bytes of each event (docs/event-hashing.md); the chain hash is
-- SHA-256(domain tag || previous hash or 32 zero bytes || version as 8-byte big-endian || body).
CREATE FUNCTION ledger.append_events(
    p_stream_id      text,
    p_expected       bigint,
    p_event_ids      uuid[],
    p_types          text[],
    p_data           jsonb[],
    p_bodies         bytea[],
    p_actor          text,
    p_recorded_at    timestamptz,
    p_correlation_id uuid,
    p_causation_id   uuid,
    p_reason         text)
RETURNS TABLE (event_position bigint, event_version bigint, event_hash bytea, already_stored boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, ledger AS $$
DECLARE
    v_count    int := cardinality(p_event_ids);
    v_version  bigint;
    v_hash     bytea;
    v_first    bigint;
    v_previouses bytea[] := '{}';
    v_hashes   bytea[] := '{}';
    v_existing int;
    v_tx       bigint := pg_current_xact_id()::text::bigint;
    i          int;
BEGIN
    IF v_count IS NULL OR v_count = 0 THEN
        RAISE EXCEPTION 'an append needs at least one event' USING ERRCODE = 'EL400';
    END IF;
    IF cardinality(p_types) <> v_count OR cardinality(p_data) <> v_count OR cardinality(p_bodies) <> v_count THEN
        RAISE EXCEPTION 'event arrays differ in length' USING ERRCODE = 'EL400';
    END IF;

    -- The UPDATE takes the stream's row lock and moves its head in one write; the RAISEs below roll it back.
    UPDATE ledger.streams SET version = version + v_count, updated_at = p_recorded_at
    WHERE id = p_stream_id RETURNING version - v_count INTO v_version;
    IF NOT FOUND THEN
        INSERT INTO ledger.streams (id, version, created_at, updated_at)
        VALUES (p_stream_id, v_count, p_recorded_at, p_recorded_at)
        ON CONFLICT (id) DO NOTHING;
        IF FOUND THEN
            v_version := 0;
        ELSE
            UPDATE ledger.streams SET version = version + v_count, updated_at = p_recorded_at
            WHERE id = p_stream_id RETURNING version - v_count INTO v_version;
        END IF;
    END IF;

    -- Checked under the stream lock, so a retry racing its original sees the committed original.
    SELECT count(*) INTO v_existing FROM ledger.events e WHERE e.event_id = ANY (p_event_ids);
    IF v_existing > 0 THEN
        IF v_existing = v_count AND NOT EXISTS (
            SELECT 1 FROM ledger.events e
            WHERE e.event_id = ANY (p_event_ids) AND e.stream_id <> p_stream_id) THEN
            UPDATE ledger.streams SET version = version - v_count WHERE id = p_stream_id;
            RETURN QUERY
                SELECT e.position, e.version, e.hash, true FROM ledger.events e
                WHERE e.event_id = ANY (p_event_ids) ORDER BY e.version;
            RETURN;
        END IF;
        RAISE EXCEPTION 'some of these event ids are already stored, but not as this same append'
            USING ERRCODE = 'EL422', DETAIL = p_stream_id;
    END IF;

    IF (p_expected >= 0 AND v_version <> p_expected) THEN
        RAISE EXCEPTION 'stream % is at version %, expected %', p_stream_id, v_version, p_expected
            USING ERRCODE = 'EL409', DETAIL = json_build_object('streamId', p_stream_id, 'expected', p_expected, 'actual', v_version)::text;
    END IF;

    IF v_version > 0 THEN
        SELECT e.hash INTO v_hash FROM ledger.events e WHERE e.stream_id = p_stream_id AND e.version = v_version;
    END IF;

    -- The chain is sequential, so the hashes are computed in a loop; the rows then go in with one INSERT.
    v_first := v_version + 1;
    FOR i IN 1 .. v_count LOOP
        v_version := v_version + 1;
        v_previouses[i] := v_hash;
        v_hash := sha256('EvidenceLedger/event/v1'::bytea || '\x00'::bytea
                         || coalesce(v_hash, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
                         || int8send(v_version) || p_bodies[i]);
        v_hashes[i] := v_hash;
    END LOOP;

    RETURN QUERY
        INSERT INTO ledger.events (tx_id, event_id, stream_id, version, type, data, actor, recorded_at,
                                   correlation_id, causation_id, reason, previous_hash, hash)
        SELECT v_tx, n.event_id, p_stream_id, v_first + n.ordinal - 1, n.type, n.data, p_actor, p_recorded_at,
               p_correlation_id, p_causation_id, p_reason, n.previous_hash, n.hash
        FROM unnest(p_event_ids, p_types, p_data, v_previouses, v_hashes)
             WITH ORDINALITY AS n(event_id, type, data, previous_hash, hash, ordinal)
        ORDER BY n.ordinal
        RETURNING position, version, hash, false;
END $$;

-- One checkpoint per async projection (and per background log reader), written in the same
-- transaction as the rows it covers.
CREATE TABLE ledger.projection_checkpoints (
    name        text        PRIMARY KEY,
    tx_id       bigint      NOT NULL,
    position    bigint      NOT NULL,
    schema_name text        NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
