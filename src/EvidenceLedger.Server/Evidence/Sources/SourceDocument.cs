using System.Text.Json.Serialization;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Viewing;
using EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;
using NodaTime;

namespace EvidenceLedger.Server.Evidence.Sources;

/// <summary>A source as the API and pages show it. <see cref="ProtectedIdentity"/> is filled only for admins.</summary>
/// <param name="ReliabilityCode">The Admiralty letter (A–F) of <see cref="Reliability"/>.</param>
/// <param name="SameAsSourceId">The source this one was marked as the same as (both read as that one); omitted otherwise.</param>
/// <param name="ProtectedIdentity">The decrypted identity: only in admin reads, only while its key exists; omitted otherwise.</param>
public sealed record SourceDocument(
    Guid Id,
    string Name,
    SourceKind Kind,
    SourceReliability Reliability,
    string ReliabilityCode,
    IReadOnlyList<string> Aliases,
    IdentityStatus IdentityStatus,
    IReadOnlyList<GradingDocument> Gradings,
    string RegisteredBy,
    Instant RegisteredAt,
    Instant LastChangedAt,
    long Version,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ProtectedIdentityDetails? ProtectedIdentity = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? SameAsSourceId = null)
{
    public static SourceDocument From(SourceView view) => new(
        view.SourceId,
        view.Name,
        view.Kind,
        view.Reliability,
        Code(view.Reliability),
        view.Aliases,
        view.IdentityStatus,
        view.Gradings.Select(g => new GradingDocument(g.Reliability, Code(g.Reliability), g.Rationale, g.Actor, g.RecordedAt, g.Version)).ToList(),
        view.RegisteredBy,
        view.RegisteredAt,
        view.LastChangedAt,
        view.Version,
        SameAsSourceId: view.SameAsSourceId);

    internal static string Code(SourceReliability reliability) => AdmiraltyCode.Of(reliability).ToString();
}

/// <summary>One reliability grade the source has held; <see cref="Rationale"/> is null for the grade given at registration.</summary>
public sealed record GradingDocument(SourceReliability Reliability, string ReliabilityCode, string? Rationale, string By, Instant At, long Version);

/// <summary>A source as a claim shows it: who it is and how reliable it is graded (at the time read).</summary>
public sealed record SourceSummary(Guid Id, string Name, SourceKind Kind, SourceReliability Reliability, string ReliabilityCode)
{
    public static SourceSummary From(SourceView view) => new(view.SourceId, view.Name, view.Kind, view.Reliability, SourceDocument.Code(view.Reliability));
}
