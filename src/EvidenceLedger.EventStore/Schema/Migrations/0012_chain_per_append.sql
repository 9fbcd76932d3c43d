-- The chain is computed once per append instead of once per event (docs/event-store.md, "The chain").
-- Marten's quick append inserts an append's events one INSERT at a time, so any trigger on mt_events runs (and costs) once
-- per event, even a statement-level one or one whose WHEN clause is false. What happens once per append is the stream's
-- row: updated (to the new head) right after an existing stream's events are inserted, inserted (with its final version)
-- before a new stream's. So the chain is built from there, for all of an append's events in one pass and one INSERT: at
-- once for an existing stream, at commit (a deferred constraint trigger) for a new one. This holds for every event
-- because the server's role cannot insert into mt_events: it appends only through Marten's mt_quick_append_events, which
-- runs as the owner (LedgerMarten.ApplySchemaAsync makes it SECURITY DEFINER after every Marten migration). The hashes
-- are unchanged (docs/event-hashing.md).

DROP TRIGGER events_are_chained ON ledger.mt_events;
DROP FUNCTION ledger.chain_event();

-- Chains the stream's events after its last chained one up to its new head, which must all be there (the head before
-- the append, for an existing stream, is where the last chained one normally is). Each body is RFC 8785 JSON built from
-- the row exactly as 0010's per-event trigger built it (to_json(text) escapes what RFC 8785 escapes; a uuid's text needs
-- no escaping), with the payload's hash from the event's payloadSha256 header, and each hash takes in the one before.
-- An append's events share their actor, correlation, causation, instant and usually their type, so the parts of the body
-- made of those are built once per run of equal values, not once per event. It runs as the owner: the deferred trigger
-- below runs as whoever commits. Its queries keep one generic plan: left to choose, PostgreSQL planned the events'
-- query anew on every call (its range on version looks costlier in general than for any one append), which cost more
-- than chaining a single event.
CREATE FUNCTION ledger.chain_appended_events() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, ledger SET plan_cache_mode = force_generic_plan AS $$
DECLARE
    v_after          bigint := CASE WHEN TG_OP = 'UPDATE' THEN OLD.version ELSE 0 END;
    v_hash           bytea;
    v_positions      bigint[] := '{}';
    v_previous       bytea[] := '{}';
    v_hashes         bytea[] := '{}';
    v_stream         text := to_json(NEW.id::text)::text;
    v_actor          varchar;
    v_correlation    varchar;
    v_causation      varchar;
    v_recorded       timestamptz;
    v_type           varchar;
    -- The body's bytes before the event id, and after the payload's hash.
    v_head           bytea;
    v_tail           bytea;
    e                record;
BEGIN
    -- Not in the trigger's WHEN clause: that is compiled again for every statement, and Marten's are many.
    IF NEW.version <= v_after THEN
        RETURN NULL;
    END IF;
    SELECT c.hash INTO v_hash FROM ledger.mt_events p JOIN ledger.event_chain c ON c.position = p.seq_id
    WHERE p.stream_id = NEW.id AND p.version = v_after;
    IF NOT FOUND THEN
        -- The head before the append is not chained: a stream created in this transaction, whose chain waits for the
        -- commit, or a new stream at its commit (which a later append in the same transaction may have chained already).
        SELECT p.version, c.hash INTO v_after, v_hash
        FROM ledger.mt_events p JOIN ledger.event_chain c ON c.position = p.seq_id
        WHERE p.stream_id = NEW.id AND p.version <= NEW.version
        ORDER BY p.version DESC LIMIT 1;
        IF NOT FOUND THEN
            v_after := 0;
        END IF;
    END IF;
    FOR e IN
        SELECT m.seq_id, m.id, m.version, m.user_name, m.correlation_id, m.causation_id, m.timestamp, m.type,
               m.headers ->> 'payloadSha256' AS payload
        FROM ledger.mt_events m
        WHERE m.stream_id = NEW.id AND m.version > v_after AND m.version <= NEW.version
        ORDER BY m.version
    LOOP
        IF v_head IS NULL OR e.user_name <> v_actor OR e.correlation_id <> v_correlation
           OR e.causation_id IS DISTINCT FROM v_causation OR e.timestamp <> v_recorded OR e.type <> v_type THEN
            IF e.user_name IS NULL OR e.user_name = '' OR e.correlation_id IS NULL THEN
                RAISE EXCEPTION 'an event needs a stream, an actor (user_name) and a correlation id' USING ERRCODE = 'EL400';
            END IF;
            IF e.type = '' THEN
                RAISE EXCEPTION 'event % carries no type or no payloadSha256 header', e.id USING ERRCODE = 'EL400';
            END IF;
            v_actor := e.user_name;
            v_correlation := e.correlation_id;
            v_causation := e.causation_id;
            v_recorded := e.timestamp;
            v_type := e.type;
            v_head := convert_to('{"actor":' || to_json(v_actor::text)::text
                || ',"causationId":' || coalesce('"' || v_causation::uuid::text || '"', 'null')
                || ',"correlationId":"' || v_correlation::uuid::text
                || '","eventId":"', 'UTF8');
            v_tail := convert_to('","recordedAt":"' || to_char(v_recorded AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
                || '","streamId":' || v_stream
                || ',"type":' || to_json(v_type::text)::text
                || '}', 'UTF8');
        END IF;
        -- Deliberately no regular expressions: a malformed payload hash makes a body no verifier recomputes.
        IF length(e.payload) IS DISTINCT FROM 64 THEN
            RAISE EXCEPTION 'event % carries no type or no payloadSha256 header', e.id USING ERRCODE = 'EL400';
        END IF;
        v_positions := v_positions || e.seq_id;
        v_previous := v_previous || v_hash;
        v_hash := sha256('EvidenceLedger/event/v1'::bytea || '\x00'::bytea
            || coalesce(v_hash, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
            || int8send(e.version)
            || v_head || convert_to(e.id::text || '","payloadSha256":"' || e.payload, 'UTF8') || v_tail);
        v_hashes := v_hashes || v_hash;
    END LOOP;
    -- Versions are unique per stream, so as many rows as versions in the range means none is missing.
    IF cardinality(v_positions) <> NEW.version - v_after THEN
        RAISE EXCEPTION 'stream % moved to version % without all of its events', NEW.id, NEW.version USING ERRCODE = 'EL500';
    END IF;
    INSERT INTO ledger.event_chain (position, tx_id, previous_hash, hash)
    SELECT unnest(v_positions), pg_current_xact_id()::text::bigint, unnest(v_previous), unnest(v_hashes);
    RETURN NULL;
END $$;

-- An existing stream: Marten moves its head right after inserting the append's events.
CREATE TRIGGER appended_events_are_chained AFTER UPDATE OF version ON ledger.mt_streams
    FOR EACH ROW EXECUTE FUNCTION ledger.chain_appended_events();

-- A new stream: Marten inserts its row, with the final version, before its events; they are chained when the transaction
-- commits. LedgerEventStore fires this early (SET CONSTRAINTS ... IMMEDIATE) when it appends inside a caller's
-- transaction, so that what it reads back there has its chain.
CREATE CONSTRAINT TRIGGER new_streams_are_chained AFTER INSERT ON ledger.mt_streams DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ledger.chain_appended_events();
