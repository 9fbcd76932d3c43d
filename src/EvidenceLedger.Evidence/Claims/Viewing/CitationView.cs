using System.Text.Json.Serialization;
using EvidenceLedger.Evidence.Serialization;
using NodaTime;

namespace EvidenceLedger.Evidence.Claims.Viewing;

public sealed record CitationView(
    Guid CitationId,
    string Title,
    string Url,
    [property: JsonConverter(typeof(IsoLocalDateJsonConverter))] LocalDate? PublishedOn,
    string? Sha256,
    string Excerpt,
    string CitedBy,
    Instant CitedAt);
