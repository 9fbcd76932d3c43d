-- Subtrees over fewer than 16 leaves are no longer stored: they were fifteen in sixteen of the node rows, and a proof or
-- the integrator's frontier folds one from its 2 to 8 stored leaves instead (StoredLevels). Rows an earlier integrator
-- stored at those levels stay, as every row of the log does, and nothing reads them; new ones are refused.
ALTER TABLE ledger.merkle_nodes ADD CONSTRAINT merkle_nodes_from_16_leaves CHECK (level >= 4) NOT VALID;
