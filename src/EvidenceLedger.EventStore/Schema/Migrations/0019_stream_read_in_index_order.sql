-- A stream's events in version order (LedgerEventStore.ReadStreamAsync), read along Marten's (stream_id, version) index
-- whatever the statistics say. As a plain query, once autovacuum had analyzed mt_events, a 10,000-event stream in a
-- 120,000-event table was read with a parallel scan of the whole table and a sort (101 ms in the database; along the
-- index such a read took 16 ms in a smaller table), and the bench's replay took 53-150 ms from run to run as
-- autovacuum happened to have analyzed the table or not.
-- Without a sort, the index in order is the only plan left. Limits (as of a version, an instant, a position) filter
-- what this returns.
CREATE FUNCTION ledger.stream_events(p_stream_id text)
RETURNS TABLE ("position" bigint, event_id uuid, stream_id text, version bigint, type text, data jsonb, actor text,
               recorded_at timestamptz, correlation_id uuid, causation_id uuid, reason text, previous_hash bytea, hash bytea,
               actor_id text, payload_sha256 text)
LANGUAGE sql STABLE
SET enable_sort = off
AS $$
    SELECT e.position, e.event_id, e.stream_id, e.version, e.type, e.data, e.actor, e.recorded_at, e.correlation_id,
           e.causation_id, e.reason, e.previous_hash, e.hash, e.actor_id, e.payload_sha256
    FROM ledger.events e
    WHERE e.stream_id = p_stream_id
    ORDER BY e.version
$$;
