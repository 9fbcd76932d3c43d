using EvidenceLedger.Evidence.Claims.Correcting;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class IncidentModel
{
    private static readonly string[] CorrectFields = ["statement", "reason"];

    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostCorrectAsync(Guid id, Guid claimId, string? statement, string? reason, long expectedVersion, CancellationToken ct)
    {
        var form = FormState.Posted(FormKey("correct", claimId), Request.Form);
        var outcome = await DecideAsync(new CorrectClaim(id, claimId, statement ?? "", reason ?? ""), expectedVersion, ct);
        return await AfterAsync(id, outcome, form, CorrectFields, "claim-corrected", $"claim-{claimId:N}", ct);
    }
}
