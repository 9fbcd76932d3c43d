using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Sources;

public sealed partial class SourcesModel
{
    public const string RegisterForm = "register-source";
    private static readonly string[] RegisterFields = ["name", "kind", "reliability", "aliases"];

    public LikelyDuplicatesNotice? Duplicates { get; private set; }

    /// <summary>
    /// Registers a source as <c>POST /api/sources</c> does; a name that likely duplicates a registered source (or alias)
    /// first shows the matches and is registered only when asked again with "Register anyway".
    /// </summary>
    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostRegisterAsync(string? name, string? kind, string? reliability, string? aliases, string? anyway, CancellationToken ct)
    {
        var form = FormState.Posted(RegisterForm, Request.Form);
        var sourceId = Guid.CreateVersion7();
        var command = new RegisterSource(sourceId, name ?? "", FormValues.Enum<SourceKind>(kind), FormValues.Enum<SourceReliability>(reliability));
        var aliasList = FormValues.Lines(aliases);
        if (anyway is not "yes" && SourceDecider.Decide(command, SourceState.None).Rejection is null
            && SourceDuplicates.Notice(await similar.ToAsync(name, aliasList, ct)) is { } duplicates)
        {
            Duplicates = duplicates;
            await ListAsync(null, null, ct);
            return ShowAgain(form, StatusCodes.Status409Conflict);
        }

        var outcome = await commands.RegisterAsync(command, User.Actor(), aliasList, ct: ct);
        if (outcome is CommandOutcome.Accepted)
            return Redirect($"{WebRoutes.Source(sourceId)}?done=registered");
        await ListAsync(null, null, ct);
        var rejection = ((CommandOutcome.Rejected)outcome).Rejection;
        return ShowAgain(form.WithRejection(rejection, RegisterFields), StatusCodes.Status422UnprocessableEntity);
    }
}
