-- Each event's chain hashes (docs/event-hashing.md) are stored once, in the row of its Merkle leaf, instead of in a
-- row of ledger.event_chain beside it. The integrator computes both when it takes an event in and wrote both in one
-- transaction anyway; one row per event instead of two is what lets it keep up (docs/merkle-log.md: 100,000 such rows
-- took about 0.44 s, against 0.75-0.9 s for the two tables). ledger.event_chain stays the name every reader of the
-- chain uses (the event store's ledger.events among them): from here on it is a view of the leaves' columns. The hashes
-- in a leaf are its event's: ledger.events takes them for the event at the leaf's position only if the leaf records
-- that event's id, so an event moved to another position is not dressed in the hashes of the leaf it landed on.

ALTER TABLE ledger.merkle_leaves
    ADD COLUMN previous_hash bytea CHECK (previous_hash IS NULL OR length(previous_hash) = 32),
    ADD COLUMN hash          bytea CHECK (length(hash) = 32);

DO $$
BEGIN
    IF EXISTS (SELECT FROM ledger.merkle_leaves l WHERE NOT EXISTS (SELECT FROM ledger.event_chain c WHERE c.position = l.position)) THEN
        RAISE EXCEPTION 'Merkle leaves without a chain row: this database was altered behind the ledger. Run verify on a copy, or start from a fresh data directory.'
            USING ERRCODE = 'EL500';
    END IF;
END $$;

-- The only rewrite of leaves ever: filling the new columns from the rows they replace, as the owner, in this migration.
ALTER TABLE ledger.merkle_leaves DISABLE TRIGGER merkle_leaves_are_immutable;
UPDATE ledger.merkle_leaves l SET previous_hash = c.previous_hash, hash = c.hash FROM ledger.event_chain c WHERE c.position = l.position;
ALTER TABLE ledger.merkle_leaves ENABLE TRIGGER merkle_leaves_are_immutable;
ALTER TABLE ledger.merkle_leaves ALTER COLUMN hash SET NOT NULL;

-- Chain rows of events not in the tree yet go: the integrator computes the same hashes when it reaches them.
ALTER TABLE ledger.event_chain RENAME TO event_chain_before_0105;
CREATE VIEW ledger.event_chain AS SELECT position, event_id, previous_hash, hash FROM ledger.merkle_leaves;

-- As before (0017), but bound to the view, and matching the event's id as well as its position.
CREATE OR REPLACE VIEW ledger.events AS
    SELECT e.seq_id AS position, e.id AS event_id, e.stream_id::text AS stream_id, e.version, e.type::text AS type,
           e.data, e.user_name::text AS actor, e.timestamp AS recorded_at, e.correlation_id::uuid AS correlation_id,
           e.causation_id::uuid AS causation_id, e.headers ->> 'reason' AS reason, c.previous_hash, c.hash,
           e.headers ->> 'userId' AS actor_id, e.headers ->> 'payloadSha256' AS payload_sha256
    FROM ledger.mt_events e
    LEFT JOIN LATERAL (SELECT c.previous_hash, c.hash FROM ledger.event_chain c WHERE c.position = e.seq_id AND c.event_id = e.id LIMIT 1) c ON true;

DROP TABLE ledger.event_chain_before_0105;
