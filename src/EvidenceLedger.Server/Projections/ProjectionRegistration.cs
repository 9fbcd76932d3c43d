using EvidenceLedger.EventStore.Projections;

namespace EvidenceLedger.Server.Projections;

/// <summary>
/// A projection as the server runs it. <paramref name="Version"/> is raised by hand whenever what the projection makes of
/// the events changes (its Apply); a change of its tables is noticed without it (<see cref="ProjectionDefinition"/>).
/// </summary>
public sealed record ProjectionRegistration(IProjection Projection, ProjectionLifecycle Lifecycle, int Version = 1)
{
    public string Name => Projection.Name;
}
