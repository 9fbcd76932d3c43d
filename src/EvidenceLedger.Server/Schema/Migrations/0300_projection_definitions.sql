-- The definition each projection's live tables were last built under: its version number and a hash of the tables its
-- CreateTablesAsync makes. At start-up a server rebuilds every projection whose definition differs from the one here.
CREATE TABLE ledger.projection_definitions (
    name          text        PRIMARY KEY,
    version       int         NOT NULL,
    tables_sha256 text        NOT NULL,
    events        bigint      NOT NULL,
    rebuilt_at    timestamptz NOT NULL DEFAULT now()
);
