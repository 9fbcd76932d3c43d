using System.Text.Json.Serialization;
using EvidenceLedger.EventStore.Events;
using EvidenceLedger.Evidence.Dates;

namespace EvidenceLedger.Evidence.Claims.Citing;

/// <summary>A claim now relies on a document: on the web (<see cref="Url"/>), uploaded into the ledger (<see cref="File"/>) or kept offline (<see cref="Reference"/>); exactly one is set.</summary>
/// <param name="Url">The document's web address; every citation recorded before files and offline references could be cited has one.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the captured original, if there is one.</param>
/// <param name="Excerpt">The exact passage relied on, as given.</param>
/// <param name="File">The uploaded file cited: its SHA-256, size, media type and name as they were when cited.</param>
/// <param name="Reference">Where the offline document is kept: an archive's shelf mark, a transcript's number.</param>
[EventType("claim_cited")]
public sealed record ClaimCited(
    Guid IncidentId,
    Guid ClaimId,
    Guid CitationId,
    string Title,
    string? Url,
    ImpreciseDate? PublishedOn,
    string? Sha256,
    string Excerpt,
    // Left out when absent, so a web citation is stored exactly as it was before files and references existed.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] UploadedFile? File = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reference = null) : IClaimEvent;
