using EvidenceLedger.Evidence.Claims.Dating;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class IncidentModel
{
    private static readonly string[] RedateClaimFields = ["occurred", "reason"];

    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostRedateClaimAsync(Guid id, Guid claimId, string? occurred, string? reason, long expectedVersion, CancellationToken ct)
    {
        var form = FormState.Posted(FormKey("redate", claimId), Request.Form);
        var outcome = await DecideAsync(new ReviseClaimOccurrence(id, claimId, occurred, reason ?? "", clock.GetCurrentInstant()), expectedVersion, ct);
        return await AfterAsync(id, outcome, form, RedateClaimFields, "claim-redated", $"claim-{claimId:N}", ct);
    }
}
