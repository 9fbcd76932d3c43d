namespace EvidenceLedger.Server.Evidence.Common;

/// <summary>
/// The stream ids of the evidence domain: one stream per source (<c>source-{id}</c>) and one per incident
/// (<c>incident-{id}</c>, holding the incident and all its claims).
/// </summary>
public static class EvidenceStreams
{
    public const string IncidentPrefix = "incident-";
    public const string SourcePrefix = "source-";

    public static string Incident(Guid incidentId) => IncidentPrefix + incidentId.ToString("D");

    public static string Source(Guid sourceId) => SourcePrefix + sourceId.ToString("D");

    public static bool IsIncident(string streamId) => streamId.StartsWith(IncidentPrefix, StringComparison.Ordinal);

    public static bool IsSource(string streamId) => streamId.StartsWith(SourcePrefix, StringComparison.Ordinal);
}
