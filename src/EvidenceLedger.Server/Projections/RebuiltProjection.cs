using JasperFx.Events.Projections;

namespace EvidenceLedger.Server.Projections;

/// <summary>A projection replayed from its streams: how many events, and why.</summary>
public sealed record RebuiltProjection(string Name, ProjectionLifecycle Lifecycle, long Events, string Why);
