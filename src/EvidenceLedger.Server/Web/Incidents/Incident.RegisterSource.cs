using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Sources.Similar;
using EvidenceLedger.Server.Web.Shared;
using EvidenceLedger.Server.Web.Sources;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class IncidentModel
{
    public const string RegisterSourceForm = "register-source";
    private static readonly string[] RegisterSourceFields = ["name", "kind", "reliability", "aliases"];

    /// <summary>Set when the source to register likely duplicates registered ones: nothing is registered until "Register anyway".</summary>
    public LikelyDuplicatesNotice? SourceDuplicatesFound { get; private set; }

    /// <summary>Registers a source from the incident page, where one is missing when logging a claim; the source is a stream of its own.</summary>
    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostRegisterSourceAsync(Guid id, string? name, string? kind, string? reliability, string? aliases, string? anyway,
        CancellationToken ct)
    {
        var form = FormState.Posted(RegisterSourceForm, Request.Form);
        var sourceId = Guid.CreateVersion7();
        var command = new RegisterSource(sourceId, name ?? "", FormValues.Enum<SourceKind>(kind), FormValues.Enum<SourceReliability>(reliability));
        if (anyway is not "yes" && SourceDecider.Decide(command, SourceState.None).Rejection is null)
        {
            // Resolved here rather than in the constructor the page's other forms share.
            var similar = HttpContext.RequestServices.GetRequiredService<SimilarSources>();
            if (SourceDuplicates.Notice(await similar.ToAsync(name, FormValues.Lines(aliases), ct)) is { } duplicates)
            {
                SourceDuplicatesFound = duplicates;
                return await LoadAsync(id, ct) ? ShowAgain(form, StatusCodes.Status409Conflict) : Missing(id);
            }
        }
        var outcome = await sourceCommands.RegisterAsync(command, User.Actor(), FormValues.Lines(aliases), ct: ct);
        return await AfterAsync(id, outcome, form, RegisterSourceFields, "source-registered", LogClaimForm, ct, chosenSource: sourceId);
    }
}
