using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Web.Incidents.Editing;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class IncidentModel
{
    /// <summary>
    /// After a command: accepted goes back to the page (Post/Redirect/Get) at <paramref name="anchor"/>; refused shows the
    /// page again with the form as typed — the domain's reason at its field, or what changed since the form was rendered.
    /// </summary>
    private async Task<IActionResult> AfterAsync(Guid id, CommandOutcome outcome, FormState form, IReadOnlyCollection<string> fields,
        string done, string anchor, CancellationToken ct, Guid? chosenSource = null)
    {
        if (outcome is CommandOutcome.Accepted)
        {
            var query = chosenSource is { } source ? $"?done={done}&source={source:D}" : $"?done={done}";
            return Redirect(WebRoutes.Incident(id) + query + "#" + anchor);
        }
        if (!await LoadAsync(id, ct))
            return Missing(id);
        return outcome switch
        {
            CommandOutcome.Rejected { Rejection: var rejection } => ShowAgain(form.WithRejection(rejection, fields), StatusOf(rejection.Kind)),
            CommandOutcome.StaleVersion stale => ShowAgain(form.WithConflict(await ConcurrentChanges.SinceAsync(incidents, Incident, stale.Expected, ct)), StatusCodes.Status409Conflict),
            CommandOutcome.ConcurrentChange change => ShowAgain(
                form.WithConflict(await ConcurrentChanges.SinceAsync(incidents, Incident, Math.Max(0, change.Conflict.Expected.Value), ct)), StatusCodes.Status409Conflict),
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
        };
    }

    /// <summary>A form refused before reaching the domain (a value that cannot even be read), shown like a domain rejection.</summary>
    private async Task<IActionResult> InvalidAsync(Guid id, FormState form, CancellationToken ct) =>
        await LoadAsync(id, ct) ? ShowAgain(form, StatusCodes.Status422UnprocessableEntity) : Missing(id);

    private static int StatusOf(RejectionKind kind) => kind switch
    {
        RejectionKind.NotFound => StatusCodes.Status404NotFound,
        RejectionKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    public static string FormKey(string action, Guid claimId) => $"{action}-{claimId:N}";
}
