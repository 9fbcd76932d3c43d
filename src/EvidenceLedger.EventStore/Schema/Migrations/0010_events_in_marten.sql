-- Events live in Marten's tables (ledger.mt_events, ledger.mt_streams), created by Marten as the owner role just
-- before this runs (SchemaMigrator). What Marten does not give, the ledger keeps beside it (docs/event-store.md):
-- * ledger.event_chain: each event's writing transaction and its per-stream hash chain (docs/event-hashing.md),
--   filled by a trigger in the transaction that inserts the event, so no event can be stored without it. A table of
--   its own, because Marten's migrations drop columns of mt_events that Marten does not know, values and all.
-- * Triggers that make the events immutable: no UPDATE, DELETE or TRUNCATE of mt_events (archiving, tombstones,
--   compaction and stream deletion all need one), no DELETE or TRUNCATE of mt_streams (which would cascade), and a
--   stream's head may only move forward.
-- * ledger.events and ledger.streams: views in the shape every reader of the log uses.

-- Narrow on purpose (one row per event, written by every append): its stream and version are the event's own, in
-- mt_events, whose (stream_id, version) key finds an event's predecessor.
CREATE TABLE ledger.event_chain (
    -- mt_events.seq_id: the event's global sequence number.
    position      bigint PRIMARY KEY,
    -- The writing transaction's id: readers of the complete log order by (tx_id, position) and read only below the
    -- oldest running transaction (docs/complete-ordering.md).
    tx_id         bigint NOT NULL,
    -- NULL for the first event of a stream.
    previous_hash bytea  CHECK (previous_hash IS NULL OR length(previous_hash) = 32),
    hash          bytea  NOT NULL CHECK (length(hash) = 32)
);

CREATE INDEX event_chain_complete_order ON ledger.event_chain (tx_id, position);

-- The body is RFC 8785 JSON built from the row (docs/event-hashing.md). to_json(text) escapes exactly what RFC 8785
-- escapes (quote, backslash, \b \f \n \r \t, other controls as lower-case \u00xx), so it serves as the string encoder.
-- The payload's hash comes with the event (its payloadSha256 header): canonicalising jsonb here would not give the
-- numbers' ECMAScript form. A wrong one is no shortcut: verification recomputes it from the stored data and reason.
CREATE FUNCTION ledger.chain_event() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, ledger AS $$
DECLARE
    v_previous bytea;
    v_payload  text := NEW.headers ->> 'payloadSha256';
    v_body     text;
BEGIN
    IF NEW.stream_id IS NULL OR NEW.user_name IS NULL OR NEW.user_name = '' OR NEW.correlation_id IS NULL THEN
        RAISE EXCEPTION 'an event needs a stream, an actor (user_name) and a correlation id' USING ERRCODE = 'EL400';
    END IF;
    -- Deliberately no regular expressions here: on every event they cost as much as the chain lookup. A malformed
    -- type or payload hash makes a body no verifier recomputes.
    IF NEW.type IS NULL OR NEW.type = '' OR length(v_payload) IS DISTINCT FROM 64 THEN
        RAISE EXCEPTION 'event % carries no type or no payloadSha256 header', NEW.id USING ERRCODE = 'EL400';
    END IF;
    IF NEW.version < 1 THEN
        RAISE EXCEPTION 'event % has version %: versions start at 1', NEW.id, NEW.version USING ERRCODE = 'EL400';
    END IF;
    IF NEW.version > 1 THEN
        SELECT c.hash INTO v_previous FROM ledger.mt_events p JOIN ledger.event_chain c ON c.position = p.seq_id
        WHERE p.stream_id = NEW.stream_id AND p.version = NEW.version - 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'event % of stream % follows no chained event', NEW.version, NEW.stream_id USING ERRCODE = 'EL500';
        END IF;
    END IF;

    v_body := '{"actor":' || to_json(NEW.user_name::text)::text
        || ',"causationId":' || coalesce(to_json(NEW.causation_id::uuid::text)::text, 'null')
        || ',"correlationId":' || to_json(NEW.correlation_id::uuid::text)::text
        || ',"eventId":"' || NEW.id::text
        || '","payloadSha256":"' || v_payload
        || '","recordedAt":"' || to_char(NEW.timestamp AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
        || '","streamId":' || to_json(NEW.stream_id::text)::text
        || ',"type":' || to_json(NEW.type::text)::text
        || '}';

    INSERT INTO ledger.event_chain (position, tx_id, previous_hash, hash)
    VALUES (NEW.seq_id, pg_current_xact_id()::text::bigint, v_previous,
            sha256('EvidenceLedger/event/v1'::bytea || '\x00'::bytea
                   || coalesce(v_previous, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
                   || int8send(NEW.version) || convert_to(v_body, 'UTF8')));
    RETURN NULL;
END $$;

CREATE TRIGGER events_are_chained AFTER INSERT ON ledger.mt_events
    FOR EACH ROW EXECUTE FUNCTION ledger.chain_event();

CREATE FUNCTION ledger.reject_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger.% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'EL001';
END $$;

CREATE TRIGGER events_are_immutable BEFORE UPDATE OR DELETE ON ledger.mt_events
    FOR EACH ROW EXECUTE FUNCTION ledger.reject_event_change();
CREATE TRIGGER events_are_never_truncated BEFORE TRUNCATE ON ledger.mt_events
    FOR EACH STATEMENT EXECUTE FUNCTION ledger.reject_event_change();
CREATE TRIGGER event_chain_is_immutable BEFORE UPDATE OR DELETE ON ledger.event_chain
    FOR EACH ROW EXECUTE FUNCTION ledger.reject_event_change();
CREATE TRIGGER event_chain_is_never_truncated BEFORE TRUNCATE ON ledger.event_chain
    FOR EACH STATEMENT EXECUTE FUNCTION ledger.reject_event_change();
CREATE TRIGGER streams_are_never_deleted BEFORE DELETE ON ledger.mt_streams
    FOR EACH ROW EXECUTE FUNCTION ledger.reject_event_change();
CREATE TRIGGER streams_are_never_truncated BEFORE TRUNCATE ON ledger.mt_streams
    FOR EACH STATEMENT EXECUTE FUNCTION ledger.reject_event_change();

-- An append moves a stream's head forward (its version and timestamp); nothing else about a stream ever changes.
CREATE FUNCTION ledger.reject_stream_rewind() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.type IS DISTINCT FROM OLD.type OR NEW.tenant_id IS DISTINCT FROM OLD.tenant_id
       OR NEW.created IS DISTINCT FROM OLD.created OR NEW.is_archived IS DISTINCT FROM OLD.is_archived
       OR NEW.compacted_version IS DISTINCT FROM OLD.compacted_version OR NEW.version < OLD.version THEN
        RAISE EXCEPTION 'ledger.mt_streams: a stream''s head only moves forward (stream %)', OLD.id USING ERRCODE = 'EL001';
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER streams_only_move_forward BEFORE UPDATE ON ledger.mt_streams
    FOR EACH ROW EXECUTE FUNCTION ledger.reject_stream_rewind();

CREATE VIEW ledger.events AS
    SELECT e.seq_id AS position, c.tx_id, e.id AS event_id, e.stream_id::text AS stream_id, e.version, e.type::text AS type,
           e.data, e.user_name::text AS actor, e.timestamp AS recorded_at, e.correlation_id::uuid AS correlation_id,
           e.causation_id::uuid AS causation_id, e.headers ->> 'reason' AS reason, c.previous_hash, c.hash
    FROM ledger.mt_events e JOIN ledger.event_chain c ON c.position = e.seq_id;

-- A stream's recorded instants are its events' (the ledger's clock), not mt_streams' server timestamps.
CREATE VIEW ledger.streams AS
    SELECT s.id::text AS id, s.version,
           (SELECT e.timestamp FROM ledger.mt_events e WHERE e.stream_id = s.id AND e.version = 1) AS created_at,
           (SELECT e.timestamp FROM ledger.mt_events e WHERE e.stream_id = s.id AND e.version = s.version) AS updated_at
    FROM ledger.mt_streams s;

-- One checkpoint per async projection (and per background log reader), written in the same
-- transaction as the rows it covers.
CREATE TABLE ledger.projection_checkpoints (
    name        text        PRIMARY KEY,
    tx_id       bigint      NOT NULL,
    position    bigint      NOT NULL,
    schema_name text        NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
