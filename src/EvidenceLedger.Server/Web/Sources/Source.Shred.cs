using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.ShreddingIdentity;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Sources;

public sealed partial class SourceModel
{
    public const string ShredForm = "shred";
    private static readonly string[] ShredFields = ["reason", "confirm"];

    /// <summary>
    /// Shreds the protected identity as <c>POST /api/sources/{id}/identity/shred</c> does, but only once the admin has ticked
    /// that they mean it: it cannot be undone.
    /// </summary>
    [RequiresPolicy(LedgerPolicies.Admin)]
    public async Task<IActionResult> OnPostShredAsync(Guid id, string? reason, string? confirm, string? expectedVersion, CancellationToken ct)
    {
        var form = FormState.Posted(ShredForm, Request.Form);
        var command = new ShredSourceIdentity(id, reason ?? "");
        if (confirm is not "yes")
        {
            // Without the confirmation nothing is appended, but every other problem of the form is named with it.
            var (state, _) = await commands.LoadAsync(id, ct);
            if (state.Exists && SourceDecider.Decide(command, state).Rejection is { } rejection)
                form = form.WithRejection(rejection, ShredFields);
            var unconfirmed = new CommandOutcome.Rejected(Rejection.Invalid("confirm", "Tick the box to confirm: a shredded identity can never be read again."));
            return await AfterAsync(id, unconfirmed, form, ShredFields, "identity-shredded", ct);
        }
        var outcome = await commands.ShredIdentityAsync(command, User.Actor(), Version(expectedVersion), ct);
        return await AfterAsync(id, outcome, form, ShredFields, "identity-shredded", ct);
    }
}
