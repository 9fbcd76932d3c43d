using EvidenceLedger.Evidence.Sources.Identifying;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Sources;

public sealed partial class SourceModel
{
    public const string SameAsForm = "same-as";
    private static readonly string[] SameAsFields = ["sourceId", "reason"];

    /// <summary>Marks the source as the same as another, as <c>POST /api/sources/{id}/same-as</c> does.</summary>
    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostSameAsAsync(Guid id, string? sourceId, string? reason, string? expectedVersion, CancellationToken ct)
    {
        var form = FormState.Posted(SameAsForm, Request.Form);
        var command = new IdentifySourceAsSame(id, FormValues.Id(sourceId) ?? Guid.Empty, reason ?? "");
        var outcome = await commands.IdentifyAsSameAsync(command, User.Actor(), Version(expectedVersion), ct);
        return await AfterAsync(id, outcome, form, SameAsFields, "same-as", ct);
    }
}
