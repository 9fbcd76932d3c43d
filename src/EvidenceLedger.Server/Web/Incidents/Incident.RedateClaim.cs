using EvidenceLedger.Evidence.Claims.Dating;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents.Deciding;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Wolverine;

namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class IncidentModel
{
    private static readonly string[] RedateClaimFields = ["occurred", "reason"];

    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostRedateClaimAsync(Guid id, Guid claimId, string? occurred, string? reason, long expectedVersion, CancellationToken ct)
    {
        var form = FormState.Posted(FormKey("redate", claimId), Request.Form);
        var outcome = await bus.InvokeAsync<CommandOutcome>(DecideIncident.For(new ReviseClaimOccurrence(id, claimId, occurred, reason ?? "", clock.GetCurrentInstant()), User.Actor(), expectedVersion), ct);
        return await AfterAsync(id, outcome, form, RedateClaimFields, "claim-redated", $"claim-{claimId:N}", ct);
    }
}
