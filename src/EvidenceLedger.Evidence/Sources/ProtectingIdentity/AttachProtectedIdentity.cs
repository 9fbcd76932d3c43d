using EvidenceLedger.Evidence.Deciding;

namespace EvidenceLedger.Evidence.Sources.ProtectingIdentity;

/// <summary>
/// Attaches (or replaces) the source's encrypted identity. Encryption happens before this command is built;
/// the domain only ever sees the ciphertext and the id of the per-source key.
/// </summary>
public sealed record AttachProtectedIdentity(Guid SourceId, string KeyId, string Ciphertext) : ISourceCommand
{
    internal Decision<ISourceEvent> Decide(SourceState state)
    {
        if (!state.Exists)
            return SourceDecider.NotFound;
        if (state.IdentityShredded)
            return Rejection.Conflict("ciphertext", "The source's identity was shredded; an identity can never be attached to it again.");

        // Replacements must stay under the one per-source key, so destroying that key still erases every version ever stored.
        if (state.Identity is { } current && !string.Equals(current.KeyId, KeyId, StringComparison.Ordinal))
            return Rejection.Conflict("keyId", $"The source's identity is encrypted under key '{current.KeyId}'; a replacement must use the same key.");

        return Require.FirstOf(
                Require.Present(KeyId, "keyId", "The encryption key id"),
                Require.Present(Ciphertext, "ciphertext", "The encrypted identity"),
                IsBase64(Ciphertext) ? null : Rejection.Invalid("ciphertext", "The encrypted identity must be base64-encoded."))
            ?? Decision<ISourceEvent>.Accept(new ProtectedIdentityAttached(SourceId, KeyId, Ciphertext));
    }

    private static bool IsBase64(string? text) =>
        text is not null && Convert.TryFromBase64String(text, new byte[text.Length], out _);
}
