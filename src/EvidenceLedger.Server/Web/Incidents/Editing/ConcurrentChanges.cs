using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Web.Incidents.Provenance;
using EvidenceLedger.Server.Web.Shared;

namespace EvidenceLedger.Server.Web.Incidents.Editing;

/// <summary>What others recorded on an incident after a form was rendered: shown instead of silently applying the form.</summary>
public static class ConcurrentChanges
{
    /// <param name="incident">The incident as just loaded, whose claims' statements name the claims the changes were about.</param>
    public static async Task<ChangesSince> SinceAsync(IncidentQueries queries, IncidentDocument incident, long renderedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(incident);
        var history = await queries.HistoryAsync(incident.Id, ReadLimit.None, ct);
        var statements = incident.Claims.ToDictionary(claim => claim.Id, claim => claim.Statement);
        var changes = (history?.Events ?? [])
            .Where(entry => entry.Version > renderedVersion)
            .Select(entry => new ChangeMade(entry.Version, entry.Actor, entry.RecordedAt, EventDescriptions.Describe(entry, statements)))
            .ToList();
        return new ChangesSince(renderedVersion, history?.Version ?? renderedVersion, changes);
    }
}
