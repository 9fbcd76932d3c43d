using System.Text.Json.Serialization;
using System.Collections.Immutable;
using EvidenceLedger.Evidence.Grading;
using NodaTime;

namespace EvidenceLedger.Evidence.Sources.Viewing;

/// <summary>A source as of <see cref="Version"/>; built by <see cref="SourceViewBuilder"/>. Never contains the protected identity.</summary>
/// <param name="Gradings">Every reliability grade the source has held, oldest first; the last is <see cref="Reliability"/>.</param>
/// <param name="SameAsSourceId">The source this one was marked as the same as (both read as that one); null otherwise.</param>
public sealed record SourceView(
    Guid SourceId,
    string Name,
    SourceKind Kind,
    SourceReliability Reliability,
    ImmutableList<string> Aliases,
    IdentityStatus IdentityStatus,
    ImmutableList<ReliabilityGrading> Gradings,
    string RegisteredBy,
    Instant RegisteredAt,
    Instant LastChangedAt,
    long Version,
    Guid? SameAsSourceId = null)
{
    /// <summary>The id the source is read as: the one it was marked as the same as, or its own.</summary>
    [JsonIgnore]
    public Guid ReadAsId => SameAsSourceId ?? SourceId;
}
