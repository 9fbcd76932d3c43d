using EvidenceLedger.Evidence.Claims.Citing;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Files;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class IncidentModel
{
    private static readonly string[] CiteFields = ["title", "documentKind", "url", "file", "reference", "publishedOn", "sha256", "excerpt"];

    /// <summary>The cite form's choices of what the document is: a web address, a file to upload, or an offline document.</summary>
    public static IReadOnlyList<FieldOption> DocumentKinds { get; } =
        [new("url", "A web address"), new("file", "A file to upload"), new("reference", "An offline document")];

    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostCiteAsync(Guid id, Guid claimId, string? title, string? documentKind, string? url, IFormFile? file, string? reference,
        string? publishedOn, string? sha256, string? excerpt, long expectedVersion, [FromServices] FileStore files, CancellationToken ct)
    {
        var form = FormState.Posted(FormKey("cite", claimId), Request.Form);
        var kind = documentKind is "file" or "reference" ? documentKind : "url";
        UploadedFile? uploaded = null;
        if (kind == "file")
        {
            if (file is null)
                return await InvalidAsync(id, form.WithError("file", "Choose the file to upload."), ct);
            var (stored, refusal) = await UploadedForm.StoreAsync(file, files, ct);
            if (refusal is not null)
                return await InvalidAsync(id, form.WithError("file", refusal.Detail), ct);
            uploaded = stored;
        }
        var command = new CiteDocument(id, claimId, Guid.CreateVersion7(), title ?? "", kind == "url" ? url?.Trim() : null, publishedOn, sha256, excerpt ?? "",
            clock.GetCurrentInstant(), uploaded?.Sha256, uploaded, kind == "reference" ? reference : null);
        var outcome = await DecideAsync(command, expectedVersion, ct);
        if (outcome is CommandOutcome.Rejected { Rejection: var rejection })
            outcome = new CommandOutcome.Rejected(AtTheFileField(rejection));
        return await AfterAsync(id, outcome, form, CiteFields, "source-cited", $"claim-{claimId:N}", ct);
    }

    /// <summary>The form's field for an uploaded file is the file itself, where the API names its SHA-256.</summary>
    private static Rejection AtTheFileField(Rejection rejection)
    {
        static Rejection Renamed(Rejection r) => r.Field == "fileSha256" ? r with { Field = "file" } : r;
        return Renamed(rejection) with { Others = [.. rejection.Others.Select(Renamed)] };
    }

    /// <summary>An uploaded file a citation names, downloaded from the page (the API's route takes only bearer tokens).</summary>
    public async Task<IActionResult> OnGetFileAsync(Guid id, string sha256, [FromServices] FileStore files, CancellationToken ct)
    {
        if (await files.FindAsync(sha256, ct) is not { } file)
            return NotFoundPage.For(new Missing("No such file", $"No file with SHA-256 {sha256} was uploaded.", null), ModelState);
        Downloads.Protect(Response);
        return File(files.Open(file), file.MediaType, file.FileName);
    }

    public string FileUrl(string sha256) => $"{WebRoutes.Incident(Incident.Id)}?handler=File&sha256={sha256}";
}
