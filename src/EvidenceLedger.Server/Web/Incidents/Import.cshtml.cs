using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Incidents.Importing;
using EvidenceLedger.Server.Evidence.Importing;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

/// <summary>
/// Imports incidents, sources or claims from an uploaded CSV file through the same service as <c>POST /api/imports</c>:
/// all or nothing, every problem listed by row and column, then what was recorded. While a long file is checked and
/// recorded, the page's script polls <see cref="OnGetProgress"/> for a progress bar.
/// </summary>
[RequiresPolicy(LedgerPolicies.Write)]
[RequestSizeLimit(ImportEndpoint.MaxBytes + FormOverhead)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportEndpoint.MaxBytes + FormOverhead)]
public sealed class ImportModel(Imports imports, ImportProgressBoard board) : LedgerPageModel
{
    public const string ImportForm = "import";

    // Room for the multipart framing, the reason and the antiforgery token around a file of the largest size.
    private const long FormOverhead = 64 * 1024;

    /// <summary>Every problem of the file refused, in the file's order (header first).</summary>
    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    /// <summary>What was just recorded; null until an import went through.</summary>
    public ImportOutcome.Imported? Imported { get; private set; }

    /// <summary>What the file holds (and what the form offers first).</summary>
    public ImportKind Kind { get; private set; } = ImportKind.Incidents;

    /// <summary>How many rows a check found fit to import; null unless the last submission was a check.</summary>
    public int? Checked { get; private set; }

    public void OnGet(string? kind) => Kind = ImportKinds.Parse(kind) ?? ImportKind.Incidents;

    /// <summary>Where the import the page started under <paramref name="id"/> stands, as JSON; 204 before it reported anything.</summary>
    public IActionResult OnGetProgress(string? id) =>
        board.Read(id, User.Actor()) is { } progress
            ? new JsonResult(new { stage = progress.Stage.ToString().ToLowerInvariant(), done = progress.Done, total = progress.Total })
            : new NoContentResult();

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? kind, string? reason, string? dryRun, string? progressId, CancellationToken ct)
    {
        var form = FormState.Posted(ImportForm, Request.Form);
        if (ImportKinds.Parse(kind) is { } what) Kind = what;
        else form = form.WithError("kind", $"Choose what the file holds: {ImportKinds.Names}.");
        if (file is null || file.Length == 0)
            form = form.WithError("file", "Choose a CSV file to import.");
        else if (file.Length > ImportEndpoint.MaxBytes)
            form = form.WithError("file", $"The file is larger than {ImportEndpoint.MaxBytes / (1024 * 1024)} MiB; import it in parts.");
        if (FreeText.Optional(reason, "reason", "A reason", TextLimits.Reason) is { } badReason)
            form = form.WithError("reason", badReason.Reason);
        if (form.HasErrors)
            return ShowAgain(form, StatusCodes.Status422UnprocessableEntity);

        using var bytes = new MemoryStream();
        await file!.CopyToAsync(bytes, ct);
        switch (await imports.ImportAsync(Kind, bytes.ToArray(), User.Actor(), reason, dryRun == "true", board.Track(progressId, User.Actor()), ct))
        {
            case ImportOutcome.Imported done:
                Imported = done;
                return Page();
            case ImportOutcome.Checked check:
                Checked = check.Rows;
                return ShowAgain(form, StatusCodes.Status200OK);
            case ImportOutcome.Refused refused:
                Problems = refused.Problems;
                return ShowAgain(form.WithError(FormState.WholeForm, "Nothing was imported: the file has the problems listed below. Correct them and import it again."),
                    StatusCodes.Status422UnprocessableEntity);
            default:
                return ShowAgain(form.WithError(FormState.WholeForm, "Nothing was imported: an incident or source changed meanwhile. Import the file again."),
                    StatusCodes.Status409Conflict);
        }
    }

    public static IReadOnlyList<FieldOption> KindOptions { get; } =
        [new("incidents", "Incidents"), new("sources", "Sources"), new("claims", "Claims about incidents")];

    /// <summary>"incident", "sources": what the file held, as a noun for <paramref name="count"/> of them.</summary>
    public static string Noun(ImportKind kind, int count) => (kind, count == 1) switch
    {
        (ImportKind.Sources, true) => "source",
        (ImportKind.Sources, false) => "sources",
        (ImportKind.Claims, true) => "claim",
        (ImportKind.Claims, false) => "claims",
        (_, true) => "incident",
        _ => "incidents",
    };

    /// <summary>Where a problem lies, in words ("row 3", "header row", "file"), and its column when it names one.</summary>
    public static (string Where, string? Column) Place(ImportProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        if (problem.Row == 0)
            return (problem.Key == "header" ? "header row" : "file", null);
        var dot = problem.Key.IndexOf("].", StringComparison.Ordinal);
        return ($"row {problem.Row}", dot < 0 ? null : problem.Key[(dot + 2)..]);
    }
}
