using EvidenceLedger.EventStore.Projections;

namespace EvidenceLedger.Server.Projections;

public sealed record ProjectionRegistration(IProjection Projection, ProjectionLifecycle Lifecycle);
