-- From this version on, each event's canonical body carries the SHA-256 of its payload (data and reason) instead of the
-- payload itself (docs/event-hashing.md), so that an event shown without its payload is still checked. Hashes made over
-- the earlier body cannot be checked with the new one, and no deployment holds any: a database that already has events
-- is refused here, at start-up, rather than read with hashes that no longer recompute.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM ledger.events) THEN
        RAISE EXCEPTION 'This ledger database holds events hashed in the earlier format (without payloadSha256), which this version cannot verify.'
            USING HINT = 'Start from an empty data directory (or database); keep the old one with the version that wrote it.';
    END IF;
END
$$;
