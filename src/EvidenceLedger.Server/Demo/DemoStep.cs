using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Sources;

namespace EvidenceLedger.Server.Demo;

/// <summary>One action of the demo: a demo user issues a domain command, optionally with a reason for the append.</summary>
/// <param name="Command">An <see cref="IIncidentCommand"/> or an <see cref="ISourceCommand"/>.</param>
public sealed record DemoStep(string Actor, string ActorRole, object Command, string? Reason);
