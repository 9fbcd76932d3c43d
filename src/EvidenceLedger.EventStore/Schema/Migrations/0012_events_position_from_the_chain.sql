-- ledger.events takes an event's position from its chain row (equal to mt_events.seq_id by the join), so that the complete
-- order's condition (tx_id, position) > (…) and its ORDER BY tx_id, position are both on ledger.event_chain and its
-- (tx_id, position) index answers them. Taken from mt_events, the row comparison could only filter rows after the join,
-- and every read from a cursor scanned the index from the start of the log.
CREATE OR REPLACE VIEW ledger.events AS
    SELECT c.position, c.tx_id, e.id AS event_id, e.stream_id::text AS stream_id, e.version, e.type::text AS type,
           e.data, e.user_name::text AS actor, e.timestamp AS recorded_at, e.correlation_id::uuid AS correlation_id,
           e.causation_id::uuid AS causation_id, e.headers ->> 'reason' AS reason, c.previous_hash, c.hash,
           e.headers ->> 'userId' AS actor_id
    FROM ledger.mt_events e JOIN ledger.event_chain c ON c.position = e.seq_id;
