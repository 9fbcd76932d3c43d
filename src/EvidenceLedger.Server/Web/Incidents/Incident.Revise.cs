using EvidenceLedger.Evidence.Incidents.Dating;
using EvidenceLedger.Evidence.Incidents.Describing;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

/// <summary>The "Revise the incident" forms of the title and summary and of the date (the same commands as the API's).</summary>
public sealed partial class IncidentModel
{
    public const string ReviseForms = "revise";
    public const string DescriptionForm = "revise-description";
    public const string OccurrenceForm = "revise-occurrence";
    private static readonly string[] DescriptionFields = ["title", "summary", "reason"];
    private static readonly string[] OccurrenceFields = ["occurred", "reason"];

    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostReviseDescriptionAsync(Guid id, string? title, string? summary, string? reason, long expectedVersion,
        CancellationToken ct)
    {
        var form = FormState.Posted(DescriptionForm, Request.Form);
        var outcome = await DecideAsync(new ReviseIncidentDescription(id, title ?? "", summary, reason ?? ""), expectedVersion, ct);
        return await AfterAsync(id, outcome, form, DescriptionFields, "incident-described", ReviseForms, ct);
    }

    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostReviseOccurrenceAsync(Guid id, string? occurred, string? reason, long expectedVersion, CancellationToken ct)
    {
        var form = FormState.Posted(OccurrenceForm, Request.Form);
        var command = new ReviseIncidentOccurrence(id, occurred?.Trim() ?? "", reason ?? "", clock.GetCurrentInstant());
        var outcome = await DecideAsync(command, expectedVersion, ct);
        return await AfterAsync(id, outcome, form, OccurrenceFields, "incident-redated", ReviseForms, ct);
    }
}
