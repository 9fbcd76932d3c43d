using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class IncidentModel
{
    public const string RegisterSourceForm = "register-source";
    private static readonly string[] RegisterSourceFields = ["name", "kind", "reliability", "aliases"];

    /// <summary>Registers a source from the incident page, where one is missing when logging a claim; the source is a stream of its own.</summary>
    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostRegisterSourceAsync(Guid id, string? name, string? kind, string? reliability, string? aliases, CancellationToken ct)
    {
        var form = FormState.Posted(RegisterSourceForm, Request.Form);
        var sourceId = Guid.CreateVersion7();
        var command = new RegisterSource(sourceId, name ?? "", FormValues.Enum<SourceKind>(kind), FormValues.Enum<SourceReliability>(reliability));
        var outcome = await sourceCommands.RegisterAsync(command, User.Actor(), FormValues.Lines(aliases), ct: ct);
        return await AfterAsync(id, outcome, form, RegisterSourceFields, "source-registered", LogClaimForm, ct, chosenSource: sourceId);
    }
}
