using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Incidents;
using NodaTime;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Claims.Citing;

/// <summary>
/// Links the claim to the document it relies on, quoting the exact passage. The document is exactly one of: a web
/// address (<see cref="Url"/>), a file uploaded into the ledger (<see cref="FileSha256"/>), or an offline reference.
/// </summary>
/// <param name="Url">Absolute http or https address of the document.</param>
/// <param name="PublishedOn">The document's publication date, when known, as precisely as known: EDTF or plain English
/// ("2015-11-25", "25 November 2015", "November 2015", "2015?"); kept as EDTF.</param>
/// <param name="Sha256">SHA-256 of the captured original (64 hex digits), when one was captured.</param>
/// <param name="Excerpt">The exact passage relied on, kept character for character.</param>
/// <param name="RequestedAt">When the command was issued; a document cannot have been published after that day.</param>
/// <param name="FileSha256">SHA-256 of the uploaded file cited.</param>
/// <param name="Uploaded">The uploaded file with that SHA-256, as the file store knows it; null when it holds none.</param>
/// <param name="Reference">Where the offline document is kept: an archive's shelf mark, a transcript's number.</param>
public sealed record CiteDocument(
    Guid IncidentId,
    Guid ClaimId,
    Guid CitationId,
    string Title,
    string? Url,
    string? PublishedOn,
    string? Sha256,
    string Excerpt,
    Instant RequestedAt,
    string? FileSha256 = null,
    UploadedFile? Uploaded = null,
    string? Reference = null) : IIncidentCommand
{
    private const string OneTarget = "A citation points to exactly one of: a web address (url), an uploaded file (fileSha256) or an offline reference (reference).";

    internal Decision<IIncidentEvent> Decide(IncidentState state)
    {
        if (!state.Exists)
            return IncidentDecider.NotFound;
        if (state.OpenClaim(ClaimId, "cited", out var claim) is { } unavailable)
            return unavailable;
        if (claim.CitationIds.Contains(CitationId))
            return Rejection.Conflict("citationId", "The claim already has a citation with this id.");

        var url = string.IsNullOrWhiteSpace(Url) ? null : Url;
        var fileSha256 = Require.TrimmedOrNull(FileSha256);
        var reference = FreeText.CleanOrNull(Reference);
        var sha256 = Require.TrimmedOrNull(Sha256);
        // A quotation is kept as given, spaces included; only its Unicode form is made canonical.
        var excerpt = FreeText.Canonical(Excerpt);
        ImpreciseDate? publishedOn = null;
        var invalid = Require.FirstOf(
            Require.Id(CitationId, "citationId", "The citation id"),
            Require.Text(Title, "title", "The document's title", TextLimits.Title),
            OneTargetOf(url, fileSha256, reference),
            url is null ? null : WebAddress(url),
            fileSha256 is null ? null : UploadedFileNamed(fileSha256),
            Require.OptionalText(Reference, "reference", "The offline reference", TextLimits.Reference),
            PublicationDate.Parse(PublishedOn, RequestedAt, "publishedOn", out publishedOn),
            sha256 is null || Sha256Digest.IsValid(sha256)
                ? null
                : Rejection.Invalid("sha256", $"A SHA-256 digest is {Sha256Digest.HexLength} hexadecimal digits."),
            Require.Text(Excerpt, "excerpt", "The excerpt relied on", TextLimits.Excerpt));
        if (invalid is not null)
            return invalid;

        var file = fileSha256 is null ? null : Uploaded;
        if (claim.CitedPassages.Contains(new CitedPassage(CitedDocument.Key(url, file?.Sha256, reference), excerpt)))
            return Rejection.Conflict("excerpt", "This passage of this document is already cited for the claim.");

        return Decision<IIncidentEvent>.Accept(new ClaimCited(
            IncidentId,
            ClaimId,
            CitationId,
            FreeText.Clean(Title),
            url,
            publishedOn,
            sha256 is null ? null : Sha256Digest.Canonical(sha256),
            excerpt,
            file,
            reference));
    }

    /// <summary>Refuses no document at all (naming each way to give one) or more than one (naming each given).</summary>
    private static Rejection? OneTargetOf(string? url, string? fileSha256, string? reference)
    {
        (string Field, bool Given)[] targets = [("url", url is not null), ("fileSha256", fileSha256 is not null), ("reference", reference is not null)];
        var named = targets.Count(t => t.Given) switch
        {
            0 => targets.Select(t => t.Field).ToList(),
            1 => [],
            _ => targets.Where(t => t.Given).Select(t => t.Field).ToList(),
        };
        if (named.Count == 0)
            return null;
        var reason = named.Count == targets.Length ? $"Give the document cited. {OneTarget}" : $"Give only one document. {OneTarget}";
        return Rejection.Invalid(named[0], reason) with { Others = [.. named.Skip(1).Select(field => Rejection.Invalid(field, reason))] };
    }

    private static Rejection? WebAddress(string url) =>
        url.Length > TextLimits.Url
            ? Rejection.Invalid("url", $"The document's address is at most {TextLimits.Url} characters.")
            : IsWebAddress(url) ? null : Rejection.Invalid("url", "The document's address must be an absolute http or https URL.");

    private Rejection? UploadedFileNamed(string fileSha256) =>
        !Sha256Digest.IsValid(fileSha256)
            ? Rejection.Invalid("fileSha256", $"A file is named by its SHA-256: {Sha256Digest.HexLength} hexadecimal digits.")
            : Uploaded?.Sha256 != Sha256Digest.Canonical(fileSha256)
                ? Rejection.Invalid("fileSha256", "No file with this SHA-256 has been uploaded into the ledger; upload it first (POST /api/files).")
                : null;

    private static bool IsWebAddress(string url) =>
        url.Trim() == url &&
        Uri.TryCreate(url, UriKind.Absolute, out var uri) &&
        (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) &&
        !string.IsNullOrEmpty(uri.Host);
}
