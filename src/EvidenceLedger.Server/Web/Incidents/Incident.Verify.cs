using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class IncidentModel
{
    private static readonly string[] VerifyFields = ["method", "outcome", "notes", "sourceId"];

    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostVerifyAsync(Guid id, Guid claimId, string? method, string? outcome, string? notes, string? sourceId,
        long expectedVersion, CancellationToken ct)
    {
        var form = FormState.Posted(FormKey("verify", claimId), Request.Form);
        var command = new RecordVerificationStep(id, claimId, Guid.CreateVersion7(), FormValues.Enum<VerificationMethod>(method),
            FormValues.Enum<VerificationOutcome>(outcome), notes ?? "", FormValues.Id(sourceId));
        var result = await DecideAsync(command, expectedVersion, ct);
        return await AfterAsync(id, result, form, VerifyFields, "step-recorded", $"claim-{claimId:N}", ct);
    }
}
