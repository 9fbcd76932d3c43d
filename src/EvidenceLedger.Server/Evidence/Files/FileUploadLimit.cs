using Microsoft.AspNetCore.Http.Metadata;

namespace EvidenceLedger.Server.Evidence.Files;

/// <summary>
/// Lifts the server-wide 1 MiB body limit, on the endpoints that take a file, to the largest file kept plus room for the
/// form around it; routing applies it before anything reads the body.
/// </summary>
public sealed class FileUploadLimit(long maxFileBytes) : IRequestSizeLimitMetadata
{
    /// <summary>Room for the multipart boundaries, headers and the other fields of a form.</summary>
    public const long FormOverhead = 1024 * 1024;

    public long? MaxRequestBodySize { get; } = maxFileBytes + FormOverhead;
}
