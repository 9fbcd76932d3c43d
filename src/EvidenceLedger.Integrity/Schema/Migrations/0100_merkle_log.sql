-- The Merkle log over the complete global order (docs/merkle-log.md) and its signed checkpoints.
-- Rows are only ever inserted: by the integrator (leaves, nodes) and by the checkpoint signer.

-- Leaf i is the i-th event of the complete order (tx_id, position); leaf_hash = SHA-256(0x00 || events.hash).
CREATE TABLE ledger.merkle_leaves (
    leaf_index bigint PRIMARY KEY CHECK (leaf_index >= 0),
    event_id   uuid   NOT NULL UNIQUE,
    position   bigint NOT NULL UNIQUE,
    leaf_hash  bytea  NOT NULL CHECK (length(leaf_hash) = 32)
);

-- Complete subtrees of two or more leaves: node (level, node_index) covers leaves
-- [node_index * 2^level, (node_index + 1) * 2^level). Level 0 is ledger.merkle_leaves.
CREATE TABLE ledger.merkle_nodes (
    level      int    NOT NULL CHECK (level BETWEEN 1 AND 62),
    node_index bigint NOT NULL CHECK (node_index >= 0),
    hash       bytea  NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (level, node_index)
);

-- Signed tree heads: the C2SP checkpoint note as signed, with its size and root for lookups.
CREATE TABLE ledger.checkpoints (
    tree_size bigint      PRIMARY KEY CHECK (tree_size >= 0),
    root      bytea       NOT NULL CHECK (length(root) = 32),
    note      text        NOT NULL,
    signed_at timestamptz NOT NULL
);

CREATE FUNCTION ledger.reject_integrity_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ledger.% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'EL001';
END $$;

CREATE TRIGGER merkle_leaves_are_immutable BEFORE UPDATE OR DELETE ON ledger.merkle_leaves
    FOR EACH ROW EXECUTE FUNCTION ledger.reject_integrity_change();
CREATE TRIGGER merkle_leaves_are_never_truncated BEFORE TRUNCATE ON ledger.merkle_leaves
    FOR EACH STATEMENT EXECUTE FUNCTION ledger.reject_integrity_change();
CREATE TRIGGER merkle_nodes_are_immutable BEFORE UPDATE OR DELETE ON ledger.merkle_nodes
    FOR EACH ROW EXECUTE FUNCTION ledger.reject_integrity_change();
CREATE TRIGGER merkle_nodes_are_never_truncated BEFORE TRUNCATE ON ledger.merkle_nodes
    FOR EACH STATEMENT EXECUTE FUNCTION ledger.reject_integrity_change();
CREATE TRIGGER checkpoints_are_immutable BEFORE UPDATE OR DELETE ON ledger.checkpoints
    FOR EACH ROW EXECUTE FUNCTION ledger.reject_integrity_change();
CREATE TRIGGER checkpoints_are_never_truncated BEFORE TRUNCATE ON ledger.checkpoints
    FOR EACH STATEMENT EXECUTE FUNCTION ledger.reject_integrity_change();
