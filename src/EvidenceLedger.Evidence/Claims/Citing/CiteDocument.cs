using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Incidents;
using NodaTime;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Claims.Citing;

/// <summary>Links the claim to the document it relies on, quoting the exact passage.</summary>
/// <param name="Url">Absolute http or https address of the document.</param>
/// <param name="PublishedOn">The document's publication date, when known, as precisely as known: EDTF or plain English
/// ("2015-11-25", "25 November 2015", "November 2015", "2015?"); kept as EDTF.</param>
/// <param name="Sha256">SHA-256 of the captured original (64 hex digits), when one was captured.</param>
/// <param name="Excerpt">The exact passage relied on, kept character for character.</param>
/// <param name="RequestedAt">When the command was issued; a document cannot have been published after that day.</param>
public sealed record CiteDocument(
    Guid IncidentId,
    Guid ClaimId,
    Guid CitationId,
    string Title,
    string Url,
    string? PublishedOn,
    string? Sha256,
    string Excerpt,
    Instant RequestedAt) : IIncidentCommand
{
    internal Decision<IIncidentEvent> Decide(IncidentState state)
    {
        if (!state.Exists)
            return IncidentDecider.NotFound;
        if (state.OpenClaim(ClaimId, "cited", out var claim) is { } unavailable)
            return unavailable;
        if (claim.CitationIds.Contains(CitationId))
            return Rejection.Conflict("citationId", "The claim already has a citation with this id.");

        var sha256 = Require.TrimmedOrNull(Sha256);
        // A quotation is kept as given, spaces included; only its Unicode form is made canonical.
        var excerpt = FreeText.Canonical(Excerpt);
        ImpreciseDate? publishedOn = null;
        var invalid = Require.FirstOf(
            Require.Id(CitationId, "citationId", "The citation id"),
            Require.Text(Title, "title", "The document's title", TextLimits.Title),
            Url is { Length: > TextLimits.Url }
                ? Rejection.Invalid("url", $"The document's address is at most {TextLimits.Url} characters.")
                : IsWebAddress(Url) ? null : Rejection.Invalid("url", "The document's address must be an absolute http or https URL."),
            PublicationDate.Parse(PublishedOn, RequestedAt, "publishedOn", out publishedOn),
            sha256 is null || Sha256Digest.IsValid(sha256)
                ? null
                : Rejection.Invalid("sha256", $"A SHA-256 digest is {Sha256Digest.HexLength} hexadecimal digits."),
            Require.Text(Excerpt, "excerpt", "The excerpt relied on", TextLimits.Excerpt));
        if (invalid is not null)
            return invalid;

        if (claim.CitedPassages.Contains(new CitedPassage(Url, excerpt)))
            return Rejection.Conflict("excerpt", "This passage of this document is already cited for the claim.");

        return Decision<IIncidentEvent>.Accept(new ClaimCited(
            IncidentId,
            ClaimId,
            CitationId,
            FreeText.Clean(Title),
            Url,
            publishedOn,
            sha256 is null ? null : Sha256Digest.Canonical(sha256),
            excerpt));
    }

    private static bool IsWebAddress(string? url) =>
        url is not null &&
        url.Trim() == url &&
        Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) &&
        !string.IsNullOrEmpty(uri.Host);
}
