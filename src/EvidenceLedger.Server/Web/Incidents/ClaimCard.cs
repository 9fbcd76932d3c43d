using EvidenceLedger.Server.Evidence.Incidents;

namespace EvidenceLedger.Server.Web.Incidents;

/// <summary>One claim on the incident page, with the page it is on (for the sources, the version and what the viewer may do).</summary>
public sealed record ClaimCard(IncidentModel Page, ClaimDocument Claim)
{
    public string Anchor => $"claim-{Claim.Id:N}";

    public string SourceName(Guid sourceId) => Page.Sources.TryGetValue(sourceId, out var source) ? source.Name : $"unknown source {sourceId}";
}
