using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents.Deciding;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Wolverine;

namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class IncidentModel
{
    private static readonly string[] RetractFields = ["reason"];

    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostRetractAsync(Guid id, Guid claimId, string? reason, long expectedVersion, CancellationToken ct)
    {
        var form = FormState.Posted(FormKey("retract", claimId), Request.Form);
        var outcome = await bus.InvokeAsync<CommandOutcome>(DecideIncident.For(new RetractClaim(id, claimId, reason ?? ""), User.Actor(), expectedVersion), ct);
        return await AfterAsync(id, outcome, form, RetractFields, "claim-retracted", $"claim-{claimId:N}", ct);
    }
}
