using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Sources;
using EvidenceLedger.Server.Web.Incidents.Editing;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class IncidentModel
{
    public const string LogClaimForm = "log-claim";
    public const string SourceNamesList = "log-claim-source-names";
    private static readonly string[] LogClaimFields = ["statement", "sourceName", "sourceId", "category", "count", "credibility", "occurred"];

    /// <summary>Every name and other name of the sources, for the source picker's suggestions: (what is typed, the source it picks).</summary>
    public IEnumerable<(string Name, string Source)> SourceNames => SourcePicker.Names(Sources.Values);

    /// <summary>
    /// "Log a claim" starts open on an incident with no claim yet (the first thing to do), when it or the register-source form came
    /// back refused, and right after a source was registered for it; otherwise it is one line, so the claims come first.
    /// </summary>
    public bool OpensLogClaim => Incident.Claims.Count == 0 || Form.IsFor(LogClaimForm) || Form.IsFor(RegisterSourceForm) || ChosenSource is not null;

    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostLogClaimAsync(Guid id, string? statement, string? sourceId, string? sourceName, string? category, string? count,
        string? credibility, string? occurred, long expectedVersion, CancellationToken ct)
    {
        var form = FormState.Posted(LogClaimForm, Request.Form);
        var chosen = FormValues.Id(sourceId);
        if (chosen is null && !string.IsNullOrWhiteSpace(sourceName))
        {
            // A name typed without a choice in the list (no script needed): it must name exactly one source. If it does not, the
            // command below still goes to the domain with no source, which refuses it and names every other field at fault.
            (chosen, var problem) = SourcePicker.Resolve(await sourceQueries.ListAsync(SourceFilter.All, ReadLimit.None, ct), sourceName);
            if (problem is not null)
                form = form.WithError("sourceName", problem);
        }
        CountRange? range = null;
        if (!string.IsNullOrWhiteSpace(count) && !CountRange.TryParse(count, out range, out var countError))
            return await InvalidAsync(id, form.WithError("count", countError), ct);

        var claimId = Guid.CreateVersion7();
        var command = new RecordClaim(id, claimId, statement ?? "", chosen ?? Guid.Empty, category, range,
            FormValues.Enum<InformationCredibility>(credibility), occurred, clock.GetCurrentInstant());
        var outcome = await DecideAsync(command, expectedVersion, ct);
        return await AfterAsync(id, outcome, form, LogClaimFields, "claim-logged", $"claim-{claimId:N}", ct);
    }
}
