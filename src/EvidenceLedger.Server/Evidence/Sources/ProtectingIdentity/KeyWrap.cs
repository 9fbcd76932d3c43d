using System.Security.Cryptography;
using System.Text;

namespace EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;

/// <summary>
/// AES-256-GCM wrapping of a per-source key under a key-encryption key: nonce (12) ‖ wrapped key (32) ‖ tag (16),
/// bound to the source key's id and the KEK's id, so a wrapped key cannot be moved to another row or claimed by another KEK.
/// </summary>
public static class KeyWrap
{
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    public static byte[] Wrap(Kek kek, string keyId, byte[] key)
    {
        ArgumentNullException.ThrowIfNull(kek);
        ArgumentNullException.ThrowIfNull(key);
        var wrapped = new byte[NonceBytes + key.Length + TagBytes];
        RandomNumberGenerator.Fill(wrapped.AsSpan(0, NonceBytes));
        using var aes = new AesGcm(kek.Key, TagBytes);
        aes.Encrypt(wrapped.AsSpan(0, NonceBytes), key, wrapped.AsSpan(NonceBytes, key.Length), wrapped.AsSpan(NonceBytes + key.Length),
            AssociatedData(kek.Id, keyId));
        return wrapped;
    }

    /// <summary>The key, or null when <paramref name="wrapped"/> does not open under <paramref name="kek"/>.</summary>
    public static byte[]? Unwrap(Kek kek, string keyId, byte[] wrapped)
    {
        ArgumentNullException.ThrowIfNull(kek);
        ArgumentNullException.ThrowIfNull(wrapped);
        if (wrapped.Length <= NonceBytes + TagBytes) return null;
        var key = new byte[wrapped.Length - NonceBytes - TagBytes];
        try
        {
            using var aes = new AesGcm(kek.Key, TagBytes);
            aes.Decrypt(wrapped.AsSpan(0, NonceBytes), wrapped.AsSpan(NonceBytes, key.Length), wrapped.AsSpan(NonceBytes + key.Length), key,
                AssociatedData(kek.Id, keyId));
            return key;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }

    private static byte[] AssociatedData(string kekId, string keyId) => Encoding.UTF8.GetBytes($"EvidenceLedger/source-key-wrap/v1\0{kekId}\0{keyId}");
}
