-- The chain is computed once per append instead of once per event (docs/event-store.md, "What the chain costs").
-- Marten's mt_quick_append_events inserts an append's events one statement at a time, then moves the stream's head in
-- mt_streams once (an INSERT for a new stream, an UPDATE otherwise). A row trigger on mt_events paid a trigger call, a
-- look-up of the previous hash and a one-row insert per event, as much as Marten's own insert. This trigger fires once
-- per head move, at commit (deferred: a new stream's head is inserted before its events), reads the events between the
-- old head and the new one in one query, hashes them in order and inserts their chain rows in one statement. Same
-- hashes (docs/event-hashing.md), same transaction, same tx_id; a head that moves past a missing event, or an event
-- without an actor, correlation id, type or payload hash, fails the commit. An event inserted without moving its
-- stream's head (which only a hand-written INSERT around Marten does) stays unchained, and verify reports it.

-- The event's canonical body: RFC 8785 JSON built from the row (docs/event-hashing.md). to_json(text) escapes exactly
-- what RFC 8785 escapes, so it serves as the string encoder. The payload's hash comes with the event (its payloadSha256
-- header): canonicalising jsonb here would not give the numbers' ECMAScript form, and verification recomputes it.
CREATE FUNCTION ledger.event_body(e ledger.mt_events) RETURNS bytea LANGUAGE sql STABLE AS $$
    SELECT convert_to('{"actor":' || to_json(e.user_name::text)::text
        || ',"causationId":' || coalesce(to_json(e.causation_id::uuid::text)::text, 'null')
        || ',"correlationId":' || to_json(e.correlation_id::uuid::text)::text
        || ',"eventId":"' || e.id::text
        || '","payloadSha256":"' || (e.headers ->> 'payloadSha256')
        || '","recordedAt":"' || to_char(e.timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
        || '","streamId":' || to_json(e.stream_id::text)::text
        || ',"type":' || to_json(e.type::text)::text
        || '}', 'UTF8')
$$;

-- Whether the row has what its body needs. Deliberately no regular expressions: a malformed type or payload hash makes
-- a body no verifier recomputes.
CREATE FUNCTION ledger.event_is_complete(e ledger.mt_events) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(e.user_name <> '' AND e.correlation_id IS NOT NULL AND e.type <> ''
                    AND length(e.headers ->> 'payloadSha256') = 64, false)
$$;

-- hash = SHA-256("EvidenceLedger/event/v1" ‖ 0x00 ‖ previous hash, or 32 zero bytes ‖ version, 64-bit big-endian ‖ body).
CREATE FUNCTION ledger.chain_hash(previous bytea, version bigint, body bytea) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT sha256('EvidenceLedger/event/v1'::bytea || '\x00'::bytea
        || coalesce(previous, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
        || int8send(version) || body)
$$;

CREATE FUNCTION ledger.chain_appended_events() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, ledger AS $$
DECLARE
    v_from       bigint := CASE WHEN TG_OP = 'INSERT' THEN 0 ELSE OLD.version END;
    v_previous   bytea;
    v_row        record;
    v_positions  bigint[] := '{}';
    v_previouses bytea[] := '{}';
    v_hashes     bytea[] := '{}';
BEGIN
    IF NEW.version <= v_from THEN
        RETURN NULL;
    END IF;
    IF v_from > 0 THEN
        SELECT c.hash INTO v_previous FROM ledger.mt_events p JOIN ledger.event_chain c ON c.position = p.seq_id
        WHERE p.stream_id = NEW.id AND p.version = v_from;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'event % of stream % follows no chained event', v_from + 1, NEW.id USING ERRCODE = 'EL500';
        END IF;
    END IF;

    -- One event, the common case: its row by its key, without the loop. When it is missing or incomplete, the loop
    -- below finds which and says so.
    IF NEW.version = v_from + 1 THEN
        INSERT INTO ledger.event_chain (position, tx_id, previous_hash, hash)
        SELECT e.seq_id, pg_current_xact_id()::text::bigint, v_previous, ledger.chain_hash(v_previous, e.version, ledger.event_body(e))
        FROM ledger.mt_events e
        WHERE e.stream_id = NEW.id AND e.version = NEW.version AND ledger.event_is_complete(e);
        IF FOUND THEN
            RETURN NULL;
        END IF;
    END IF;

    FOR v_row IN
        SELECT e.seq_id, e.version, ledger.event_is_complete(e) AS complete, ledger.event_body(e) AS body
        FROM ledger.mt_events e
        WHERE e.stream_id = NEW.id AND e.version > v_from AND e.version <= NEW.version
        ORDER BY e.version
    LOOP
        IF v_row.version <> v_from + 1 + cardinality(v_positions) THEN
            EXIT;
        END IF;
        IF NOT v_row.complete THEN
            RAISE EXCEPTION 'event % of stream % needs an actor (user_name), a correlation id, a type and a payloadSha256 header',
                v_row.version, NEW.id USING ERRCODE = 'EL400';
        END IF;
        v_positions := v_positions || v_row.seq_id;
        v_previouses := v_previouses || v_previous;
        v_previous := ledger.chain_hash(v_previous, v_row.version, v_row.body);
        v_hashes := v_hashes || v_previous;
    END LOOP;
    IF v_from + cardinality(v_positions) <> NEW.version THEN
        RAISE EXCEPTION 'stream % moved to version % but holds no event at version %', NEW.id, NEW.version,
            v_from + 1 + cardinality(v_positions) USING ERRCODE = 'EL500';
    END IF;

    INSERT INTO ledger.event_chain (position, tx_id, previous_hash, hash)
    SELECT position, pg_current_xact_id()::text::bigint, previous_hash, hash
    FROM unnest(v_positions, v_previouses, v_hashes) AS appended(position, previous_hash, hash);
    RETURN NULL;
END $$;

DROP TRIGGER events_are_chained ON ledger.mt_events;
DROP FUNCTION ledger.chain_event();

CREATE CONSTRAINT TRIGGER streams_chain_their_events AFTER INSERT OR UPDATE ON ledger.mt_streams
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger.chain_appended_events();
