-- ledger.events finds each event's chain row by its position, one index lookup per event, whatever the statistics say.
-- As a plain LEFT JOIN, the planner chose by row counts: right after a burst of integration, before autovacuum had
-- analyzed event_chain, it hashed the whole table for every read (a catch-up of 200,000 events ran at 24,000-37,000
-- events/s against 119,000 before; a verify of a just-written log at 15,000). The LIMIT keeps the lateral subquery from
-- being flattened back into such a join.
CREATE OR REPLACE VIEW ledger.events AS
    SELECT e.seq_id AS position, e.id AS event_id, e.stream_id::text AS stream_id, e.version, e.type::text AS type,
           e.data, e.user_name::text AS actor, e.timestamp AS recorded_at, e.correlation_id::uuid AS correlation_id,
           e.causation_id::uuid AS causation_id, e.headers ->> 'reason' AS reason, c.previous_hash, c.hash,
           e.headers ->> 'userId' AS actor_id, e.headers ->> 'payloadSha256' AS payload_sha256
    FROM ledger.mt_events e
    LEFT JOIN LATERAL (SELECT c.previous_hash, c.hash FROM ledger.event_chain c WHERE c.position = e.seq_id LIMIT 1) c ON true;
