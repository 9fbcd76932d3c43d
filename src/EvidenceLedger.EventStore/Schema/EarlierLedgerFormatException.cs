namespace EvidenceLedger.EventStore.Schema;

/// <summary>The database holds a ledger written before the events moved into Marten's tables; it is never half-read.</summary>
public sealed class EarlierLedgerFormatException() : Exception(
    "This database holds a ledger in the earlier format (the ledger's own event table, before its events moved into Marten's). "
    + "This version cannot read it and no migration exists, because no deployment used that format. Move the data directory "
    + "(or database) aside, keep it with the version that wrote it, and start again from an empty one.");
