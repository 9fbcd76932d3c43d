using EvidenceLedger.Evidence.Claims.Viewing;
using EvidenceLedger.Server.Evidence.Files;
using NodaTime;

namespace EvidenceLedger.Server.Evidence.Claims.Citing;

/// <summary>A document a claim cites, as the API and pages show it: exactly one of <see cref="Url"/>, <see cref="File"/> and <see cref="Reference"/> is set.</summary>
/// <param name="PublishedOn">The publication date as EDTF (a day, or only as much as is known: "2015-11", "2015?"); null when unknown.</param>
/// <param name="PublishedOnReading">That date in plain words ("25 November 2015", "November 2015", "2015 (uncertain)"); null when unknown.</param>
/// <param name="Excerpt">The exact passage relied on, as given.</param>
/// <param name="File">The uploaded file cited, as it was when cited.</param>
/// <param name="Reference">Where the offline document cited is kept.</param>
public sealed record CitationDocument(
    Guid CitationId,
    string Title,
    string? Url,
    string? PublishedOn,
    string? PublishedOnReading,
    string? Sha256,
    string Excerpt,
    string CitedBy,
    Instant CitedAt,
    CitedFileDocument? File,
    string? Reference)
{
    public static CitationDocument From(CitationView citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return new CitationDocument(citation.CitationId, citation.Title, citation.Url, citation.PublishedOn?.Edtf, citation.PublishedOn?.Reading(),
            citation.Sha256, citation.Excerpt, citation.CitedBy, citation.CitedAt,
            citation.File is { } file ? new CitedFileDocument(file.Sha256, file.Size, file.MediaType, file.FileName, FileEndpoints.Location(file.Sha256)) : null,
            citation.Reference);
    }
}

/// <summary>An uploaded file a citation names, with where to download it (<c>GET /api/files/{sha256}</c>).</summary>
public sealed record CitedFileDocument(string Sha256, long Size, string MediaType, string FileName, string Href);
