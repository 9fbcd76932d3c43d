-- Appends check what they must once per append instead of once per event:
-- * The foreign key from events to streams cost one locked lookup per inserted row. Only ledger.append_events
--   writes events, and it creates or advances the stream's head in the same transaction; the verifier reports any
--   event without a head (StreamHeads), so a tampered database is still caught.
-- * The idempotency probe ran on every append. A retry of an append that committed always meets a moved head (its
--   expected version is stale), so the probe now runs only then, and for appends that expect any version; any other
--   reuse of a stored event id still fails on the unique event_id index.
-- * A conflict's expected and actual versions travel in HINT: Npgsql redacts DETAIL unless the connection string says
--   'Include Error Detail', and a configured connection string need not.
-- * Each appended event comes back with its transaction id and previous hash too, so the events an inline projection
--   is handed are the stored ones, without reading them back.
-- * A retry leaves the stream's head as it was, its updated_at included.
ALTER TABLE ledger.events DROP CONSTRAINT events_stream_id_fkey;

-- Its result columns change, which CREATE OR REPLACE cannot do.
DROP FUNCTION ledger.append_events(text, bigint, uuid[], text[], jsonb[], bytea[], text, timestamptz, uuid, uuid, text);

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
RETURNS TABLE (event_position bigint, event_tx_id bigint, event_version bigint, event_previous_hash bytea, event_hash bytea,
               already_stored boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, ledger AS $$
DECLARE
    v_count      int := cardinality(p_event_ids);
    v_version    bigint;
    v_hash       bytea;
    v_first      bigint;
    v_previouses bytea[] := '{}';
    v_hashes     bytea[] := '{}';
    v_tag        bytea := 'EvidenceLedger/event/v1'::bytea || '\x00'::bytea;
    v_tx         bigint := pg_current_xact_id()::text::bigint;
    i            int;
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

    -- Under the stream lock, so a retry racing its original sees the committed original.
    IF (p_expected < 0 OR v_version <> p_expected)
       AND EXISTS (SELECT 1 FROM ledger.events e WHERE e.event_id = ANY (p_event_ids)) THEN
        IF (SELECT count(*) FROM ledger.events e WHERE e.event_id = ANY (p_event_ids) AND e.stream_id = p_stream_id) = v_count THEN
            -- The head was last moved by the append that stored the stream's last event, at that event's instant.
            UPDATE ledger.streams
            SET version = version - v_count,
                updated_at = (SELECT e.recorded_at FROM ledger.events e WHERE e.stream_id = p_stream_id AND e.version = v_version)
            WHERE id = p_stream_id;
            RETURN QUERY
                SELECT e.position, e.tx_id, e.version, e.previous_hash, e.hash, true FROM ledger.events e
                WHERE e.event_id = ANY (p_event_ids) ORDER BY e.version;
            RETURN;
        END IF;
        RAISE EXCEPTION 'some of these event ids are already stored, but not as this same append'
            USING ERRCODE = 'EL422', DETAIL = p_stream_id;
    END IF;

    IF (p_expected >= 0 AND v_version <> p_expected) THEN
        RAISE EXCEPTION 'stream % is at version %, expected %', p_stream_id, v_version, p_expected
            USING ERRCODE = 'EL409',
                  HINT = json_build_object('streamId', p_stream_id, 'expected', p_expected, 'actual', v_version)::text;
    END IF;

    IF v_version > 0 THEN
        SELECT e.hash INTO v_hash FROM ledger.events e WHERE e.stream_id = p_stream_id AND e.version = v_version;
    END IF;

    -- The chain is sequential, so the hashes are computed in a loop; the rows then go in with one INSERT.
    v_first := v_version + 1;
    FOR i IN 1 .. v_count LOOP
        v_version := v_version + 1;
        v_previouses[i] := v_hash;
        v_hash := sha256(v_tag || coalesce(v_hash, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
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
        RETURNING position, tx_id, version, previous_hash, hash, false;
END $$;
