-- One batch of the complete log (CompleteLog), read along the events' primary key and stopped at the batch's limit,
-- whatever the statistics say. As a plain query, right after a burst of appends and before autovacuum had analyzed
-- mt_events, the planner expected a few hundred rows up to the fence: it read every event up to the fence with a bitmap
-- scan and sorted them on disk for each 10,000-event batch (170,000 rows and a 30 MB sort for the first batch of a
-- 200,000-event backlog, 170 ms; the Merkle log caught up at about 60,000 events/s). Without a sort, the index in
-- order is the only plan left. The payload's data and reason only come along for an event without its payload hash.
CREATE FUNCTION ledger.complete_log_batch(after_position bigint, settled bigint, max_count int)
RETURNS TABLE ("position" bigint, event_id uuid, stream_id text, version bigint, type text, actor text, recorded_at timestamptz,
               correlation_id uuid, causation_id uuid, payload_sha256 text, data text, reason text)
LANGUAGE sql STABLE
SET enable_sort = off
AS $$
    SELECT e.seq_id, e.id, e.stream_id::text, e.version, e.type::text, e.user_name::text, e.timestamp,
           e.correlation_id::uuid, e.causation_id::uuid, h.payload_sha256,
           CASE WHEN h.payload_sha256 IS NULL THEN e.data::text END,
           CASE WHEN h.payload_sha256 IS NULL THEN e.headers ->> 'reason' END
    FROM ledger.mt_events e CROSS JOIN LATERAL (SELECT e.headers ->> 'payloadSha256' AS payload_sha256) h
    WHERE e.seq_id > after_position AND e.seq_id <= settled
    ORDER BY e.seq_id
    LIMIT max_count
$$;
