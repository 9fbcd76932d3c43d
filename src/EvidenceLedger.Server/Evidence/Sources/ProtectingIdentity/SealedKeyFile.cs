using System.Security.Cryptography;
using System.Text;

namespace EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;

/// <summary>
/// The key-encryption key file's lines sealed under a secret kept elsewhere (AES-256-GCM): one line,
/// <c>sealed-v1 &lt;base64 of nonce ‖ ciphertext ‖ tag&gt;</c>.
/// </summary>
public static class SealedKeyFile
{
    public const string Setting = "Ledger:IdentityKeySecret";
    private const string Prefix = "sealed-v1 ";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private static readonly byte[] Purpose = Encoding.ASCII.GetBytes("EvidenceLedger/identity-kek-file/v1");

    public static bool IsSealed(string text) => text.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The secret from <see cref="Setting"/> (base64 of 32 bytes), or null when none is configured.</summary>
    public static byte[]? SecretFrom(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration[Setting] is not { Length: > 0 } configured) return null;
        try
        {
            var secret = Convert.FromBase64String(configured.Trim());
            if (secret.Length == 32) return secret;
        }
        catch (FormatException)
        {
        }
        throw new InvalidOperationException($"{Setting} must be base64 of 32 random bytes (e.g. `openssl rand -base64 32`).");
    }

    public static string Seal(string lines, byte[] secret)
    {
        var plaintext = Encoding.UTF8.GetBytes(lines);
        var sealedBytes = new byte[NonceBytes + plaintext.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(secret, TagBytes);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceBytes, plaintext.Length), sealedBytes.AsSpan(NonceBytes + plaintext.Length), Purpose);
        CryptographicOperations.ZeroMemory(plaintext);
        return Prefix + Convert.ToBase64String(sealedBytes) + "\n";
    }

    public static string Open(string text, byte[] secret, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(text[Prefix.Length..].Trim());
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{path} is not a sealed key-encryption key file.");
        }
        if (sealedBytes.Length < NonceBytes + TagBytes) throw new InvalidOperationException($"{path} is not a sealed key-encryption key file.");
        var plaintext = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        try
        {
            using var aes = new AesGcm(secret, TagBytes);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes, plaintext.Length),
                sealedBytes.AsSpan(NonceBytes + plaintext.Length), plaintext, Purpose);
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new InvalidOperationException($"{path} does not open under {Setting}: it was sealed under another secret, or altered.");
        }
        return Encoding.UTF8.GetString(plaintext);
    }
}
