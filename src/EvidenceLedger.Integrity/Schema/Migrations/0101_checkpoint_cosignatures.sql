-- Witness cosignatures of the signed checkpoints (docs/witnesses.md): C2SP tlog-cosignature/v1 lines, each checked
-- with the witness's configured verifier key before it is stored. Rows are only ever inserted. No foreign key to
-- ledger.checkpoints: the checkpoint is checked when its cosignature is stored, and a key would change how the
-- checkpoints' own TRUNCATE guard answers.
CREATE TABLE ledger.checkpoint_cosignatures (
    tree_size    bigint      NOT NULL CHECK (tree_size >= 0),
    witness_key  text        NOT NULL,
    line         text        NOT NULL CHECK (line LIKE '— % %' AND right(line, 1) = E'\n'),
    cosigned_at  timestamptz NOT NULL,
    received_at  timestamptz NOT NULL,
    PRIMARY KEY (tree_size, witness_key)
);

CREATE INDEX checkpoint_cosignatures_by_witness ON ledger.checkpoint_cosignatures (witness_key, tree_size);

CREATE TRIGGER checkpoint_cosignatures_are_immutable BEFORE UPDATE OR DELETE ON ledger.checkpoint_cosignatures
    FOR EACH ROW EXECUTE FUNCTION ledger.reject_integrity_change();
CREATE TRIGGER checkpoint_cosignatures_are_never_truncated BEFORE TRUNCATE ON ledger.checkpoint_cosignatures
    FOR EACH STATEMENT EXECUTE FUNCTION ledger.reject_integrity_change();
