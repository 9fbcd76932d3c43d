using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace EvidenceLedger.Server.Evidence.Files;

/// <summary>The kinds of file the ledger keeps: PDF, images, audio, video and text.</summary>
public static class FileMediaTypes
{
    public const string Kept = "PDF (application/pdf), images (image/*), audio (audio/*), video (video/*) and text (text/*)";

    private static readonly FileExtensionContentTypeProvider ByExtension = new();

    /// <summary>
    /// The media type to keep the file under, without parameters: the one it was sent with, or, when that says nothing
    /// (none, or application/octet-stream), the one its name's extension stands for.
    /// </summary>
    public static string? Of(string? declared, string? fileName)
    {
        var type = MediaTypeHeaderValue.TryParse(declared, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;
        if (type is null or "application/octet-stream" && fileName is not null && ByExtension.TryGetContentType(fileName, out var guessed))
            type = guessed;
        return type;
    }

    public static bool IsKept(string? mediaType) =>
        mediaType is "application/pdf" ||
        (mediaType?.Split('/') is [var kind, { Length: > 0 }] && kind is "image" or "audio" or "video" or "text");
}
