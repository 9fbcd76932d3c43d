using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class IncidentModel
{
    private static readonly string[] RetractFields = ["reason"];

    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostRetractAsync(Guid id, Guid claimId, string? reason, long expectedVersion, CancellationToken ct)
    {
        var form = FormState.Posted(FormKey("retract", claimId), Request.Form);
        var outcome = await DecideAsync(new RetractClaim(id, claimId, reason ?? ""), expectedVersion, ct);
        return await AfterAsync(id, outcome, form, RetractFields, "claim-retracted", $"claim-{claimId:N}", ct);
    }
}
