using System.Collections.Immutable;
using EvidenceLedger.Evidence.Grading;
using NodaTime;

namespace EvidenceLedger.Evidence.Sources.Viewing;

/// <summary>A source as of <see cref="Version"/>; built by <see cref="SourceViewBuilder"/>. Never contains the protected identity.</summary>
/// <param name="Gradings">Every reliability grade the source has held, oldest first; the last is <see cref="Reliability"/>.</param>
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
    long Version);
