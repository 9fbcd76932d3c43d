using EvidenceLedger.Evidence.Claims.Citing;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class IncidentModel
{
    private static readonly string[] CiteFields = ["title", "url", "publishedOn", "sha256", "excerpt"];

    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostCiteAsync(Guid id, Guid claimId, string? title, string? url, string? publishedOn, string? sha256,
        string? excerpt, long expectedVersion, CancellationToken ct)
    {
        var form = FormState.Posted(FormKey("cite", claimId), Request.Form);
        var command = new CiteDocument(id, claimId, Guid.CreateVersion7(), title ?? "", url?.Trim() ?? "", publishedOn, sha256, excerpt ?? "", clock.GetCurrentInstant());
        var outcome = await commands.HandleAsync(command, User.Actor(), expectedVersion, ct: ct);
        return await AfterAsync(id, outcome, form, CiteFields, "source-cited", $"claim-{claimId:N}", ct);
    }
}
