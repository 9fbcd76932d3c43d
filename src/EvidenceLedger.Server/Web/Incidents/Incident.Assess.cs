using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Assessing;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class IncidentModel
{
    private static readonly string[] AssessFields = ["status", "credibility", "rationale"];

    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostAssessAsync(Guid id, Guid claimId, string? status, string? credibility, string? rationale,
        long expectedVersion, CancellationToken ct)
    {
        var form = FormState.Posted(FormKey("assess", claimId), Request.Form);
        var command = new AssessClaim(id, claimId, FormValues.Enum<ClaimStatus>(status), FormValues.Enum<InformationCredibility>(credibility), rationale ?? "");
        var outcome = await DecideAsync(command, expectedVersion, ct);
        return await AfterAsync(id, outcome, form, AssessFields, "claim-assessed", $"claim-{claimId:N}", ct);
    }
}
