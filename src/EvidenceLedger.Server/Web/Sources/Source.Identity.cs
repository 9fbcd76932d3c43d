using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Sources;

public sealed partial class SourceModel
{
    public const string IdentityForm = "identity";
    private static readonly string[] IdentityFields = ["realName", "contact"];

    /// <summary>Attaches or replaces the protected identity, encrypted under the source's key, as <c>PUT /api/sources/{id}/identity</c> does.</summary>
    [RequiresPolicy(LedgerPolicies.Admin)]
    public async Task<IActionResult> OnPostIdentityAsync(Guid id, string? realName, string? contact, string? expectedVersion, CancellationToken ct)
    {
        var form = FormState.Posted(IdentityForm, Request.Form);
        var outcome = await commands.AttachIdentityAsync(id, new ProtectedIdentityDetails(realName ?? "", contact), User.Actor(), Version(expectedVersion), ct);
        return await AfterAsync(id, outcome, form, IdentityFields, "identity-attached", ct);
    }
}
