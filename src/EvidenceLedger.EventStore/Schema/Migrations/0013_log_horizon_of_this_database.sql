-- The complete log's horizon: the oldest transaction still running in THIS database when the calling query's snapshot was
-- taken, else the snapshot's xmax. pg_snapshot_xmin alone counts every database of the cluster, so a long transaction in
-- another database (another application, or another test's migration) held the ledger's readers back although it cannot
-- write a single event here. A running transaction counts as ours unless pg_stat_activity shows a backend of another
-- database holding it; what it cannot place (a prepared transaction, a backend gone since the snapshot) counts as ours.
-- STABLE, so that pg_current_snapshot() is the calling query's own snapshot: below the horizon that query sees every
-- event that will ever commit.
CREATE FUNCTION ledger.log_horizon() RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT coalesce(min(running::text::bigint), pg_snapshot_xmax(pg_current_snapshot())::text::bigint)
    FROM pg_snapshot_xip(pg_current_snapshot()) AS running
    WHERE running::text::bigint % 4294967296 NOT IN (
        SELECT backend_xid::text::bigint FROM pg_stat_activity
        WHERE backend_xid IS NOT NULL AND datid <> (SELECT oid FROM pg_database WHERE datname = current_database()))
$$;
