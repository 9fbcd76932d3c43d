using EvidenceLedger.Evidence.Claims.Viewing;
using NodaTime;

namespace EvidenceLedger.Server.Evidence.Claims.Citing;

/// <summary>A document a claim cites, as the API and pages show it.</summary>
/// <param name="PublishedOn">The publication date as EDTF (a day, or only as much as is known: "2015-11", "2015?"); null when unknown.</param>
/// <param name="PublishedOnReading">That date in plain words ("25 November 2015", "November 2015", "2015 (uncertain)"); null when unknown.</param>
/// <param name="Excerpt">The exact passage relied on, as given.</param>
public sealed record CitationDocument(
    Guid CitationId,
    string Title,
    string Url,
    string? PublishedOn,
    string? PublishedOnReading,
    string? Sha256,
    string Excerpt,
    string CitedBy,
    Instant CitedAt)
{
    public static CitationDocument From(CitationView citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        return new CitationDocument(citation.CitationId, citation.Title, citation.Url, citation.PublishedOn?.Edtf, citation.PublishedOn?.Reading(),
            citation.Sha256, citation.Excerpt, citation.CitedBy, citation.CitedAt);
    }
}
