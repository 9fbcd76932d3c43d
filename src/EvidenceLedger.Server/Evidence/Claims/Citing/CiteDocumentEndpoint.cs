using EvidenceLedger.Evidence.Claims.Citing;
using EvidenceLedger.Server.Evidence.Files;
using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Server.Evidence.Incidents;
using NodaTime;
using Wolverine;
using Wolverine.Http;

namespace EvidenceLedger.Server.Evidence.Claims.Citing;

/// <param name="Id">Optional caller-made citation id.</param>
/// <param name="Url">Absolute http(s) address of the document; or instead <paramref name="FileSha256"/> or <paramref name="Reference"/>.</param>
/// <param name="PublishedOn">The document's publication date, if known, as precisely as known: EDTF or plain English
/// ("2015-11-25", "25 November 2015", "25/11/2015" day first, "November 2015", "2015?"); kept as EDTF.</param>
/// <param name="Sha256">SHA-256 of the captured original, 64 hex digits, if captured.</param>
/// <param name="Excerpt">The exact passage relied on, kept character for character.</param>
/// <param name="FileSha256">SHA-256 of a file uploaded with POST /api/files, when the document is that file.</param>
/// <param name="Reference">Where an offline document is kept (an archive's shelf mark, a transcript's number), when it is one.</param>
public sealed record CiteDocumentRequest(Guid? Id, string? Title, string? Url, string? PublishedOn, string? Sha256, string? Excerpt,
    string? FileSha256 = null, string? Reference = null);

public static class CiteDocumentEndpoint
{
    [WolverinePost("/api/incidents/{id:guid}/claims/{claimId:guid}/citations", OperationId = "CiteDocument")]
    [LedgerWrite<CiteDocumentRequest>("Claims", "Cites the document a claim relies on: title, the document (a URL, an uploaded file's SHA-256, "
        + "or an offline reference), publication date, SHA-256 of the captured original, exact excerpt.",
        StatusCodes.Status201Created)]
    public static async Task<IResult> Post(Guid id, Guid claimId, HttpContext http, IMessageBus bus,
            FileStore files, IClock clock)
    {
        var (body, problem) = await JsonBody.ReadAsync<CiteDocumentRequest>(http);
        if (problem is not null) return problem;
        var citationId = body!.Id ?? Guid.CreateVersion7();
        var command = new CiteDocument(id, claimId, citationId, body.Title ?? string.Empty, body.Url, body.PublishedOn, body.Sha256,
            body.Excerpt ?? string.Empty, clock.GetCurrentInstant(), body.FileSha256, await UploadedAsync(files, body.FileSha256, http.RequestAborted), body.Reference);
        return await EndpointConventions.RunAsync(http, bus, command,
            done => Results.Created(EndpointConventions.ClaimLocation(id, claimId), new WriteResponse(citationId, done.Version, done.Position)));
    }

    /// <summary>The uploaded file a citation names, looked up before deciding (the decision itself reads no store).</summary>
    public static async Task<UploadedFile?> UploadedAsync(FileStore files, string? fileSha256, CancellationToken ct) =>
        fileSha256?.Trim() is { } sha256 && Sha256Digest.IsValid(sha256) ? await files.FindAsync(sha256, ct) : null;
}
