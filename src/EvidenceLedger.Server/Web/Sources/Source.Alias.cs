using EvidenceLedger.Evidence.Sources.Aliasing;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Sources;

public sealed partial class SourceModel
{
    public const string AliasForm = "add-alias";
    private static readonly string[] AliasFields = ["alias"];

    /// <summary>Records another name the source appears under, as <c>POST /api/sources/{id}/aliases</c> does.</summary>
    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostAliasAsync(Guid id, string? alias, CancellationToken ct)
    {
        var form = FormState.Posted(AliasForm, Request.Form);
        var outcome = await commands.HandleAsync(new AddSourceAlias(id, alias ?? ""), User.Actor(), ct: ct);
        return await AfterAsync(id, outcome, form, AliasFields, "alias-added", ct);
    }
}
