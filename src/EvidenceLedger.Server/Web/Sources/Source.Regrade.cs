using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources.Regrading;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Sources;

public sealed partial class SourceModel
{
    public const string RegradeForm = "regrade";
    private static readonly string[] RegradeFields = ["reliability", "rationale"];

    /// <summary>Regrades the source as the API's <c>POST /api/sources/{id}/reliability</c> does, refused if it changed since the form was rendered.</summary>
    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostRegradeAsync(Guid id, string? reliability, string? rationale, string? expectedVersion, CancellationToken ct)
    {
        var form = FormState.Posted(RegradeForm, Request.Form);
        var command = new RegradeSourceReliability(id, FormValues.Enum<SourceReliability>(reliability), rationale ?? "");
        var outcome = await commands.HandleAsync(command, User.Actor(), Version(expectedVersion), ct: ct);
        return await AfterAsync(id, outcome, form, RegradeFields, "regraded", ct);
    }
}
