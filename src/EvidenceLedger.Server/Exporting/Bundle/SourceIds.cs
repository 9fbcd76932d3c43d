using EvidenceLedger.Server.Evidence.Incidents;

namespace EvidenceLedger.Server.Exporting.Bundle;

/// <summary>The sources an incident's claims rely on, each once: every claim's source, then every verification step's.</summary>
public static class SourceIds
{
    public static IReadOnlyList<Guid> Of(IncidentDocument incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return incident.Claims.Select(claim => claim.SourceId)
            .Concat(incident.Claims.SelectMany(claim => claim.VerificationSteps.Where(step => step.SourceId is not null).Select(step => step.SourceId!.Value)))
            .Distinct()
            .ToList();
    }
}
