using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Incidents.Importing;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

/// <summary>
/// Imports incidents from an uploaded CSV file through the same service as <c>POST /api/imports</c>: all or
/// nothing, every problem listed by row and column, then the incidents recorded.
/// </summary>
[RequiresPolicy(LedgerPolicies.Write)]
[RequestSizeLimit(ImportIncidentsEndpoint.MaxBytes + FormOverhead)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportIncidentsEndpoint.MaxBytes + FormOverhead)]
public sealed class ImportModel(IncidentImport import) : LedgerPageModel
{
    public const string ImportForm = "import";

    // Room for the multipart framing, the reason and the antiforgery token around a file of the largest size.
    private const long FormOverhead = 64 * 1024;

    /// <summary>Every problem of the file refused, in the file's order (header first).</summary>
    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    /// <summary>The incidents just recorded; null until an import went through.</summary>
    public IReadOnlyList<ImportedIncident>? Imported { get; private set; }

    /// <summary>How many rows a check found fit to import; null unless the last submission was a check.</summary>
    public int? Checked { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, string? reason, string? dryRun, CancellationToken ct)
    {
        var form = FormState.Posted(ImportForm, Request.Form);
        if (file is null || file.Length == 0)
            form = form.WithError("file", "Choose a CSV file to import.");
        else if (file.Length > ImportIncidentsEndpoint.MaxBytes)
            form = form.WithError("file", $"The file is larger than {ImportIncidentsEndpoint.MaxBytes / (1024 * 1024)} MiB; import it in parts.");
        if (FreeText.Optional(reason, "reason", "A reason", TextLimits.Reason) is { } badReason)
            form = form.WithError("reason", badReason.Reason);
        if (form.HasErrors)
            return ShowAgain(form, StatusCodes.Status422UnprocessableEntity);

        using var bytes = new MemoryStream();
        await file!.CopyToAsync(bytes, ct);
        switch (await import.ImportAsync(bytes.ToArray(), User.Actor(), reason, dryRun == "true", ct))
        {
            case ImportOutcome.Imported done:
                Imported = done.Incidents;
                return Page();
            case ImportOutcome.Checked check:
                Checked = check.Rows;
                return ShowAgain(form, StatusCodes.Status200OK);
            case ImportOutcome.Refused refused:
                Problems = refused.Problems;
                return ShowAgain(form.WithError(FormState.WholeForm, "Nothing was imported: the file has the problems listed below. Correct them and import it again."),
                    StatusCodes.Status422UnprocessableEntity);
            default:
                return ShowAgain(form.WithError(FormState.WholeForm, "Nothing was imported: an incident id was taken meanwhile. Import the file again."),
                    StatusCodes.Status409Conflict);
        }
    }

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
