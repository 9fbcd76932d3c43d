using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.ProtectingIdentity;
using EvidenceLedger.Evidence.Sources.ShreddingIdentity;
using EvidenceLedger.Server.Evidence.Common;

namespace EvidenceLedger.Server.Exporting.Bundle;

/// <summary>
/// The events a bundle carries without their content: those holding a protected identity's ciphertext and key id.
/// Their hashes still link their streams and their leaves are still proven; a view only ever learns from them that an
/// identity was attached or shredded, which <see cref="StandIn"/> replays.
/// </summary>
public static class WithheldEvents
{
    public const string ProtectedIdentity = "protected source identity";

    /// <summary>The event type name of <see cref="ProtectedIdentityAttached"/>.</summary>
    public static string Attached { get; } = EvidenceEvents.Serializer.Registry.NameOf(typeof(ProtectedIdentityAttached));

    /// <summary>The event type name of <see cref="SourceIdentityShredded"/>.</summary>
    public static string Shredded { get; } = EvidenceEvents.Serializer.Registry.NameOf(typeof(SourceIdentityShredded));

    public static bool AreWithheld(string type) => type == Attached || type == Shredded;

    /// <summary>An event with the same effect on a source's view as the withheld one, holding nothing of the identity.</summary>
    public static ISourceEvent? StandIn(string type, Guid sourceId) =>
        type == Attached ? new ProtectedIdentityAttached(sourceId, "", "")
        : type == Shredded ? new SourceIdentityShredded(sourceId, "", "")
        : null;
}
