using EvidenceLedger.EventStore.Reading;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>What the integrator needs of an event: its place in the complete order, its id and its chain hash.</summary>
internal readonly record struct LoggedEvent(LogCursor Cursor, Guid EventId, byte[] Hash);
