using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;

/// <summary>
/// AES-256-GCM for protected identities. The ciphertext is base64 of nonce (12 bytes) ‖ encrypted JSON ‖ tag (16 bytes),
/// authenticated together with the source id and key id, so a ciphertext cannot be moved to another source or key.
/// </summary>
public static class IdentityCipher
{
    public const int KeyBytes = 32;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(KeyBytes);

    public static string NewKeyId() => "srckey-" + Guid.NewGuid().ToString("N");

    public static string Encrypt(byte[] key, Guid sourceId, string keyId, ProtectedIdentityDetails identity)
    {
        var plaintext = JsonSerializer.SerializeToUtf8Bytes(identity, JsonSerializerOptions.Web);
        var sealedBytes = new byte[NonceBytes + plaintext.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagBytes);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceBytes, plaintext.Length), sealedBytes.AsSpan(NonceBytes + plaintext.Length), AssociatedData(sourceId, keyId));
        CryptographicOperations.ZeroMemory(plaintext);
        return Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The identity, or null when the ciphertext does not open under this key (tampered, or another source's).</summary>
    public static ProtectedIdentityDetails? Decrypt(byte[] key, Guid sourceId, string keyId, string ciphertext)
    {
        var sealedBytes = Convert.FromBase64String(ciphertext);
        if (sealedBytes.Length < NonceBytes + TagBytes) return null;
        var length = sealedBytes.Length - NonceBytes - TagBytes;
        var plaintext = new byte[length];
        try
        {
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes, length), sealedBytes.AsSpan(NonceBytes + length), plaintext,
                AssociatedData(sourceId, keyId));
            return JsonSerializer.Deserialize<ProtectedIdentityDetails>(plaintext, JsonSerializerOptions.Web);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    private static byte[] AssociatedData(Guid sourceId, string keyId) =>
        Encoding.UTF8.GetBytes($"EvidenceLedger/source-identity/v1\0{sourceId:D}\0{keyId}");
}
