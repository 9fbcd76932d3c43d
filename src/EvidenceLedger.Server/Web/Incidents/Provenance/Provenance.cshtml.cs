using EvidenceLedger.Evidence.Incidents.Viewing;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Exporting.Recording;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents.Provenance;

/// <summary>Every event of an incident over recorded time: a timeline by actor and kind, and the list of entries with their hashes.</summary>
[RequiresPolicy(LedgerPolicies.History)]
public sealed class ProvenanceModel(IncidentQueries incidents, ExportQueries exports) : LedgerPageModel
{
    public IncidentView Incident { get; private set; } = null!;

    public StreamHistory History { get; private set; } = null!;

    public IReadOnlyList<TimelineEvent> Events { get; private set; } = [];

    /// <summary>The incident's provenance bundles handed out (up to the as-of instant), oldest first: each copy that left the ledger.</summary>
    public IReadOnlyList<ExportRecord> Exports { get; private set; } = [];

    /// <summary>Each stored entry with the way the timeline draws and describes it.</summary>
    public IEnumerable<(HistoryEntry Entry, TimelineEvent Drawn)> Entries => History.Events.Zip(Events);

    public AsOfBanner? Banner => AsOf is { } at ? new AsOfBanner(at, WebRoutes.Provenance(Incident.IncidentId)) : null;

    public AsOfPicker Picker => new(WebRoutes.Provenance(Incident.IncidentId), AsOf, AsOfError, []);

    public IReadOnlyList<EventKind> KindsShown => Events.Select(e => EventKind.Of(e.Type)).Distinct().ToList();

    public static string Anchor(long version) => $"event-{version}";

    public async Task<IActionResult> OnGetAsync(Guid id, string? asOf, CancellationToken ct)
    {
        if (ReadAsOf(asOf) is { } refusal)
            return refusal;
        var incident = await incidents.ViewAsync(id, Limit, ct);
        var history = await incidents.HistoryAsync(id, Limit, ct);
        if (incident is null || history is null)
        {
            var banner = AsOf is { } at ? new AsOfBanner(at, WebRoutes.Provenance(id)) : null;
            return NotFoundPage.For(new Missing("No such incident", AsOf is { } when
                ? $"Incident {id} had not been recorded as of {Display.Time(when)}."
                : $"There is no incident with id {id}.", banner), ModelState);
        }
        (Incident, History) = (incident, history);
        Exports = [.. (await exports.OfIncidentAsync(id, ct)).Where(export => AsOf is not { } at || export.ExportedAt <= at).Reverse()];
        var statements = incident.Claims.ToDictionary(claim => claim.ClaimId, claim => claim.Statement);
        Events = history.Events
            .Select(e => new TimelineEvent(e.Version, e.Type, e.Actor, e.RecordedAt, e.Hash, Anchor(e.Version), EventDescriptions.Describe(e, statements)))
            .ToList();
        return Page();
    }
}
