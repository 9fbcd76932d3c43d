namespace EvidenceLedger.Server.Integrity.Verifying;

/// <summary>Optional body of POST /api/ledger/verify: a checkpoint note the auditor saved earlier, which the log must still extend.</summary>
public sealed record VerifyRequest(string? SavedCheckpoint);
