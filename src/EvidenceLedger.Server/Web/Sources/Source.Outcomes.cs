using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Sources;

public sealed partial class SourceModel
{
    /// <summary>Where one of the page's forms posts, and the part of the page to show when it comes back refused.</summary>
    public string Action(string handler, string anchor) => $"{WebRoutes.Source(Source.Id)}?handler={handler}#{anchor}";

    /// <summary>
    /// After a command: accepted goes back to the page (Post/Redirect/Get); refused shows the page again with the form as
    /// typed and every problem at its field, or that someone changed the source after the form was rendered.
    /// </summary>
    private async Task<IActionResult> AfterAsync(Guid id, CommandOutcome outcome, FormState form, IReadOnlyCollection<string> fields, string done,
        CancellationToken ct)
    {
        if (outcome is CommandOutcome.Accepted)
            return Redirect($"{WebRoutes.Source(id)}?done={done}");
        if (!await LoadAsync(id, ct))
            return Missing(id);
        return outcome switch
        {
            CommandOutcome.Rejected { Rejection: var rejection } => ShowAgain(form.WithRejection(rejection, fields), StatusOf(rejection.Kind)),
            CommandOutcome.StaleVersion stale => ShowAgain(form.WithError(FormState.WholeForm, Changed(stale.Expected)), StatusCodes.Status409Conflict),
            CommandOutcome.ConcurrentChange change => ShowAgain(form.WithError(FormState.WholeForm, Changed(change.Conflict.Expected.Value)), StatusCodes.Status409Conflict),
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
        };
    }

    private string Changed(long seen) =>
        $"Not saved: someone else changed this source after you opened it (you saw version {seen}; it is now at version {Source.Version}). "
        + "The page now shows the current source: check it, then submit again if your change still applies.";

    private static int StatusOf(RejectionKind kind) => kind switch
    {
        RejectionKind.NotFound => StatusCodes.Status404NotFound,
        RejectionKind.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    private static long? Version(string? value) => long.TryParse(value, out var version) && version > 0 ? version : null;
}
