using System.Collections.Immutable;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources.ProtectingIdentity;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Sources;

/// <summary>What <see cref="SourceDecider"/> needs to know about a source to decide commands on it.</summary>
public sealed record SourceState(
    Guid SourceId,
    string Name,
    SourceKind Kind,
    SourceReliability Reliability,
    ImmutableList<string> Aliases,
    ProtectedIdentity? Identity,
    bool IdentityShredded)
{
    /// <summary>The state of a source nobody has registered yet.</summary>
    public static SourceState None { get; } = new(Guid.Empty, string.Empty, default, default, [], null, false);

    public bool Exists => SourceId != Guid.Empty;

    /// <summary>The source this one was marked as the same as, if it was.</summary>
    public Guid? SameAsSourceId { get; init; }

    /// <summary>Whether <paramref name="name"/> is already the source's name or one of its aliases.</summary>
    public bool IsKnownAs(string name) => new[] { Name }.Concat(Aliases).Any(known => SameName(known, name));

    /// <summary>Whether two names of a source are the same one: ignoring case and surrounding spaces.</summary>
    public static bool SameName(string? known, string? name) =>
        string.Equals(FreeText.Clean(known), FreeText.Clean(name), StringComparison.OrdinalIgnoreCase);
}
