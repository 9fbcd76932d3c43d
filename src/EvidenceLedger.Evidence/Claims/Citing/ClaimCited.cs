using EvidenceLedger.EventStore.Events;
using EvidenceLedger.Evidence.Dates;

namespace EvidenceLedger.Evidence.Claims.Citing;

/// <param name="Sha256">Lower-case hex SHA-256 of the captured original, if there is one.</param>
/// <param name="Excerpt">The exact passage relied on, as given.</param>
[EventType("claim_cited")]
public sealed record ClaimCited(
    Guid IncidentId,
    Guid ClaimId,
    Guid CitationId,
    string Title,
    string Url,
    ImpreciseDate? PublishedOn,
    string? Sha256,
    string Excerpt) : IClaimEvent;
