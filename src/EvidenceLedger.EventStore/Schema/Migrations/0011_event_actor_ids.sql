-- The id of the user an event was appended for (its `userId` header, outside the hashed body), beside the actor's name.
-- Text, not uuid: a reader must never fail on a header it does not need.
CREATE OR REPLACE VIEW ledger.events AS
    SELECT e.seq_id AS position, c.tx_id, e.id AS event_id, e.stream_id::text AS stream_id, e.version, e.type::text AS type,
           e.data, e.user_name::text AS actor, e.timestamp AS recorded_at, e.correlation_id::uuid AS correlation_id,
           e.causation_id::uuid AS causation_id, e.headers ->> 'reason' AS reason, c.previous_hash, c.hash,
           e.headers ->> 'userId' AS actor_id
    FROM ledger.mt_events e JOIN ledger.event_chain c ON c.position = e.seq_id;
