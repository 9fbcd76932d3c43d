using EvidenceLedger.EventStore.Projections;

namespace EvidenceLedger.Server.Projections;

/// <summary>A projection replayed from the whole log into fresh tables: how many events, and why.</summary>
public sealed record RebuiltProjection(string Name, ProjectionLifecycle Lifecycle, long Events, string Why);
