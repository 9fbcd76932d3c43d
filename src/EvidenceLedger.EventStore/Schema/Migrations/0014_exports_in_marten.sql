-- The exports' read model is a Marten document projection now (ledger.mt_doc_exportlisting, made by Marten's own
-- migration); the ledger's table projection it replaces, and with it the ledger's projection machinery, are gone.
DROP SCHEMA IF EXISTS proj_exports CASCADE;
DROP SCHEMA IF EXISTS proj_exports__rebuild CASCADE;
DELETE FROM ledger.projection_checkpoints WHERE name = 'exports';
