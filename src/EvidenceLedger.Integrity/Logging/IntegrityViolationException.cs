namespace EvidenceLedger.Integrity.Logging;

/// <summary>The stored log contradicts what was signed or integrated before: work stops rather than sign or extend it.</summary>
public sealed class IntegrityViolationException(string message) : Exception(message);
