-- An append writes Marten's rows and nothing else (docs/event-store.md, "What an append writes"). Every row written
-- beside Marten's in the appending transaction cost a quarter of its throughput on two cores, so:
-- * The chain (ledger.event_chain) is no longer filled at commit. The Merkle log's integrator computes each event's
--   hash (docs/event-hashing.md, unchanged) when it takes the event in, and writes its chain row with its leaf; readers
--   compute the hashes of the few events it has not reached yet (LedgerEventStore).
-- * The complete log is ordered by position and read behind a fence on Marten's event sequence instead of by the
--   writing transaction's id, which nothing records any more (docs/complete-ordering.md).
-- * What an event needs for its hash is NOT NULL on Marten's table, which costs nothing per append.

-- A Merkle log built in the earlier (transaction id, position) order cannot be continued in position order unless the
-- two agree on what it holds: every event up to the integrator's position in the tree, the leaves in position order.
-- No deployment exists, so such a database is refused rather than converted (a fresh data directory starts clean).
DO $$
DECLARE
    v_cursor bigint;
    v_disagrees boolean;
BEGIN
    IF to_regclass('ledger.merkle_leaves') IS NULL THEN RETURN; END IF;
    SELECT position INTO v_cursor FROM ledger.projection_checkpoints WHERE name = 'merkle_log';
    EXECUTE $q$
        SELECT EXISTS (SELECT FROM (SELECT position, lag(position) OVER (ORDER BY leaf_index) AS before FROM ledger.merkle_leaves) l
                       WHERE l.position < l.before)
            OR EXISTS (SELECT FROM ledger.mt_events e WHERE e.seq_id <= $1
                       AND NOT EXISTS (SELECT FROM ledger.merkle_leaves l WHERE l.event_id = e.id))
        $q$ INTO v_disagrees USING coalesce(v_cursor, 0);
    IF v_disagrees THEN
        RAISE EXCEPTION 'This database''s Merkle log was built in transaction order by an earlier version of the ledger and cannot be continued in position order (docs/complete-ordering.md). Start from a fresh data directory.'
            USING ERRCODE = 'EL500';
    END IF;
END $$;

DROP TRIGGER streams_chain_their_events ON ledger.mt_streams;
DROP FUNCTION ledger.chain_appended_events();
DROP FUNCTION ledger.chain_hash(bytea, bigint, bytea);
DROP FUNCTION ledger.event_body(ledger.mt_events);
DROP FUNCTION ledger.event_is_complete(ledger.mt_events);
DROP FUNCTION ledger.log_horizon();

-- What an event's hash covers must be there: Marten's columns for the actor and the correlation id may be NULL, the
-- ledger's may not. NOT NULL rather than a CHECK: in Marten's append function, an INSERT statement per event, a CHECK
-- cost 15-25 % of a 100-event append here; NOT NULL nothing measurable. Marten's migrations keep both (a test runs them again). The payload hash header is not
-- required: a reader computes it from the stored data where it is missing (docs/event-store.md).
ALTER TABLE ledger.mt_events ALTER COLUMN user_name SET NOT NULL, ALTER COLUMN correlation_id SET NOT NULL;

DROP VIEW ledger.events;
ALTER TABLE ledger.event_chain DROP COLUMN tx_id;
ALTER TABLE ledger.projection_checkpoints DROP COLUMN tx_id;

-- Every event, chained or not yet: previous_hash and hash are NULL until the integrator has taken the event in.
CREATE VIEW ledger.events AS
    SELECT e.seq_id AS position, e.id AS event_id, e.stream_id::text AS stream_id, e.version, e.type::text AS type,
           e.data, e.user_name::text AS actor, e.timestamp AS recorded_at, e.correlation_id::uuid AS correlation_id,
           e.causation_id::uuid AS causation_id, e.headers ->> 'reason' AS reason, c.previous_hash, c.hash,
           e.headers ->> 'userId' AS actor_id, e.headers ->> 'payloadSha256' AS payload_sha256
    FROM ledger.mt_events e LEFT JOIN ledger.event_chain c ON c.position = e.seq_id;

-- The fence of the complete log (docs/complete-ordering.md): the sequence's last value, then the transactions of this
-- database holding the lock nextval takes on the sequence, which it keeps until its transaction ends. Once none of those
-- transactions holds it any more, every position up to the fence is committed and visible, or never will be. Marten's
-- sequence hands out one value at a time (CACHE 1); a cached sequence would hand out lower values later, so it is refused.
CREATE FUNCTION ledger.log_fence(OUT fence_position bigint, OUT holders text[])
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, ledger AS $$
BEGIN
    IF (SELECT seqcache FROM pg_sequence WHERE seqrelid = 'ledger.mt_events_sequence'::regclass) <> 1 THEN
        RAISE EXCEPTION 'ledger.mt_events_sequence caches values: the complete log cannot be fenced' USING ERRCODE = 'EL500';
    END IF;
    SELECT CASE WHEN is_called THEN last_value ELSE 0 END INTO fence_position FROM ledger.mt_events_sequence;
    SELECT coalesce(array_agg(l.virtualtransaction), '{}') INTO holders FROM pg_locks l
    WHERE l.locktype = 'relation' AND l.relation = 'ledger.mt_events_sequence'::regclass AND l.mode = 'RowExclusiveLock'
      AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
      AND l.pid IS DISTINCT FROM pg_backend_pid();
END $$;

CREATE FUNCTION ledger.log_fence_passed(holders text[]) RETURNS boolean
LANGUAGE sql SET search_path = pg_catalog, ledger AS $$
    SELECT NOT EXISTS (SELECT FROM pg_locks l
        WHERE l.locktype = 'relation' AND l.relation = 'ledger.mt_events_sequence'::regclass AND l.mode = 'RowExclusiveLock'
          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND l.virtualtransaction = ANY(holders))
$$;
