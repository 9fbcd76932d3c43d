using EvidenceLedger.Server.Evidence.Sources;

namespace EvidenceLedger.Server.Evidence.Incidents;

/// <summary>An incident with the sources it names (its claims' and their verification steps'), as read at the same limit.</summary>
/// <param name="Sources">Each source once; one not registered at the time read is missing.</param>
public sealed record IncidentWithSources(IncidentDocument Incident, IReadOnlyList<SourceDocument> Sources);
