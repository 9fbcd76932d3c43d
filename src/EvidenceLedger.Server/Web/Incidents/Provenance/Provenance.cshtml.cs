using EvidenceLedger.Evidence.Incidents.Viewing;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Exporting.Recording;
using EvidenceLedger.Server.Integrity.Verifying;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents.Provenance;

/// <summary>Every event of an incident over recorded time: a timeline by actor and kind, and the list of entries with their hashes.</summary>
[RequiresPolicy(LedgerPolicies.History)]
public sealed class ProvenanceModel(IncidentQueries incidents, ExportQueries exports, VerificationRuns verifications) : LedgerPageModel
{
    public IncidentView Incident { get; private set; } = null!;

    public StreamHistory History { get; private set; } = null!;

    /// <summary>The events the filter lets through, as the timeline draws them.</summary>
    public IReadOnlyList<TimelineEvent> Events { get; private set; } = [];

    public ProvenanceFilter Filter { get; private set; } = new(null, null, null);

    /// <summary>How many events the stream holds (up to the as-of instant), filtered or not.</summary>
    public int TotalCount => History.Events.Count;

    /// <summary>"6 events", or with a filter "2 of 6 events".</summary>
    public string CountShown
    {
        get
        {
            var total = $"{TotalCount} {(TotalCount == 1 ? "event" : "events")}";
            return Filter.IsEmpty ? total : $"{Events.Count} of {total}";
        }
    }

    /// <summary>The incident's provenance bundles handed out (up to the as-of instant), oldest first: each copy that left the ledger.</summary>
    public IReadOnlyList<ExportRecord> Exports { get; private set; } = [];

    /// <summary>The recent verifications of the whole ledger that checked this incident's events, newest first; they survive restarts (each is an event).</summary>
    public IReadOnlyList<IncidentCheck> Checks { get; private set; } = [];

    /// <summary>Each stored entry the filter lets through, with the way the timeline draws and describes it.</summary>
    public IReadOnlyList<(HistoryEntry Entry, TimelineEvent Drawn)> Entries { get; private set; } = [];

    public AsOfBanner? Banner => AsOf is { } at
        ? new AsOfBanner(at, WebRoutes.Provenance(Incident.IncidentId) + QueryString.Create(Filter.Query.Where(pair => pair.Value is not null)))
        : null;

    public AsOfPicker Picker => new(WebRoutes.Provenance(Incident.IncidentId), AsOf, AsOfError, Filter.Query);

    public IReadOnlyList<EventKind> KindsShown => Events.Select(e => EventKind.Of(e.Type)).Distinct().ToList();

    /// <summary>The filter's choices: every claim, person and kind of the stream (up to the as-of instant).</summary>
    public IReadOnlyList<FieldOption> ClaimOptions => Incident.Claims.Select(claim => new FieldOption(claim.ClaimId.ToString("D"), Shorten(claim.Statement))).ToList();

    public IReadOnlyList<FieldOption> ActorOptions => History.Events.Select(e => e.Actor).Distinct(StringComparer.Ordinal).Select(actor => new FieldOption(actor, actor)).ToList();

    public IReadOnlyList<FieldOption> KindOptions => History.Events.Select(e => EventKind.Of(e.Type)).Distinct().Select(kind => new FieldOption(kind.Key, kind.Label)).ToList();

    public static string Anchor(long version) => $"event-{version}";

    public async Task<IActionResult> OnGetAsync(Guid id, string? asOf, string? claim, string? actor, string? kind, CancellationToken ct)
    {
        Filter = ProvenanceFilter.From(claim, actor, kind);
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
        Checks = IncidentCheck.Of(await verifications.RecentAsync(ct), history, AsOf);
        var statements = incident.Claims.ToDictionary(claim => claim.ClaimId, claim => claim.Statement);
        Entries = history.Events
            .Where(Filter.Matches)
            .Select(e => (e, new TimelineEvent(e.Version, e.Type, e.Actor, e.RecordedAt, e.Hash, Anchor(e.Version), EventDescriptions.Describe(e, statements))))
            .ToList();
        Events = Entries.Select(entry => entry.Drawn).ToList();
        return Page();
    }

    private static string Shorten(string statement) => statement.Length <= 80 ? statement : statement[..79].TrimEnd() + "…";
}
