using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class IncidentModel
{
    public const string LogClaimForm = "log-claim";
    private static readonly string[] LogClaimFields = ["statement", "sourceId", "category", "count", "credibility", "occurred"];

    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostLogClaimAsync(Guid id, string? statement, string? sourceId, string? category, string? count,
        string? credibility, string? occurred, long expectedVersion, CancellationToken ct)
    {
        var form = FormState.Posted(LogClaimForm, Request.Form);
        CountRange? range = null;
        if (!string.IsNullOrWhiteSpace(count) && !CountRange.TryParse(count, out range, out var countError))
            return await InvalidAsync(id, form.WithError("count", countError), ct);

        var claimId = Guid.CreateVersion7();
        var command = new RecordClaim(id, claimId, statement ?? "", FormValues.Id(sourceId) ?? Guid.Empty, category, range,
            FormValues.Enum<InformationCredibility>(credibility), occurred, clock.GetCurrentInstant());
        var outcome = await commands.HandleAsync(command, User.Actor(), expectedVersion, ct: ct);
        return await AfterAsync(id, outcome, form, LogClaimFields, "claim-logged", $"claim-{claimId:N}", ct);
    }
}
