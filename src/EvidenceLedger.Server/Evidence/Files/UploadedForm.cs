using EvidenceLedger.Evidence.Claims.Citing;
using EvidenceLedger.Server.Problems;
using Microsoft.AspNetCore.Http.Extensions;

namespace EvidenceLedger.Server.Evidence.Files;

/// <summary>Reads the one file of a multipart form into the <see cref="FileStore"/>, or answers the problem with it.</summary>
public static class UploadedForm
{
    public static async Task<(UploadedFile? File, IResult? Problem)> ReadAsync(HttpContext http, string field, FileStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(store);
        if (!http.Request.HasFormContentType || string.IsNullOrEmpty(http.Request.GetMultipartBoundary()))
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The body must be multipart/form-data.",
                detail: $"Send the file as the field '{field}' of a multipart/form-data body, not as '{http.Request.ContentType}'."));
        }
        var form = await http.Request.ReadFormAsync(ct);
        var unknown = form.Keys.Concat(form.Files.Select(file => file.Name)).Where(name => name != field).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
            return (null, ApiProblems.Invalid([.. unknown.Select(name => (name, $"'{name}' is not a field of this request; the one field here is: {field}."))]));
        var files = form.Files.GetFiles(field);
        if (files.Count != 1 || form.ContainsKey(field))
            return (null, ApiProblems.Invalid(field, $"Send exactly one file, as the multipart field '{field}' with a file name."));
        var (stored, refusal) = await StoreAsync(files[0], store, ct);
        return (stored, refusal?.ToProblem(field));
    }

    /// <summary>Keeps one posted file, or answers why not: empty (400), too large (413), not a kind the ledger keeps (415).</summary>
    public static async Task<(UploadedFile? File, FileRefusal? Refusal)> StoreAsync(IFormFile posted, FileStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(posted);
        ArgumentNullException.ThrowIfNull(store);
        if (posted.Length == 0)
            return (null, new FileRefusal(StatusCodes.Status400BadRequest, "The file is empty.", "The file is empty."));
        if (posted.Length > store.MaxBytes)
            return (null, TooLarge(store));
        var mediaType = FileMediaTypes.Of(posted.ContentType, posted.FileName);
        if (!FileMediaTypes.IsKept(mediaType))
        {
            return (null, new FileRefusal(StatusCodes.Status415UnsupportedMediaType, "The ledger does not keep this kind of file.",
                $"'{mediaType ?? posted.ContentType}' is not a kind of file the ledger keeps: it keeps {FileMediaTypes.Kept}."));
        }
        await using var content = posted.OpenReadStream();
        var stored = await store.StoreAsync(content, mediaType!, FileNames.Clean(posted.FileName), ct);
        return stored is null ? (null, TooLarge(store)) : (stored, null);
    }

    private static FileRefusal TooLarge(FileStore store) =>
        new(StatusCodes.Status413PayloadTooLarge, "The file is too large.", $"Files may be at most {store.MaxBytes} bytes (Ledger:MaxFileBytes).");
}
