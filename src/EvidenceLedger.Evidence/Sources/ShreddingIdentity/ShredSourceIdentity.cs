using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Sources.ShreddingIdentity;

/// <summary>
/// Erases the source's protected identity for good. The event marks it erased; whoever handles it must destroy the
/// per-source key, which turns every stored ciphertext into noise without rewriting the append-only history.
/// </summary>
public sealed record ShredSourceIdentity(Guid SourceId, string Reason) : ISourceCommand
{
    internal Decision<ISourceEvent> Decide(SourceState state)
    {
        if (!state.Exists)
            return SourceDecider.NotFound;
        if (state.IdentityShredded)
            return Rejection.Conflict("sourceId", "The source's identity has already been shredded.");
        if (state.Identity is null)
            return Rejection.Conflict("sourceId", "The source has no protected identity to shred.");

        return Require.Text(Reason, "reason", "A reason for shredding", TextLimits.Reason)
            ?? Decision<ISourceEvent>.Accept(new SourceIdentityShredded(SourceId, state.Identity.KeyId, FreeText.Clean(Reason)));
    }
}
