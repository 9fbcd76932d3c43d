using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Claims.Citing;
using NodaTime;

namespace EvidenceLedger.Evidence.Claims.Viewing;

public sealed record CitationView(
    Guid CitationId,
    string Title,
    string? Url,
    ImpreciseDate? PublishedOn,
    string? Sha256,
    string Excerpt,
    string CitedBy,
    Instant CitedAt,
    UploadedFile? File = null,
    string? Reference = null);
