using NSec.Cryptography;

namespace EvidenceLedger.Integrity.Signing;

/// <summary>
/// Ed25519 (RFC 8032, pure EdDSA) from libsodium through NSec: constant-time signing, and strict verification that
/// refuses non-canonical S, small-order public keys and small-order R (which a cofactorless textbook check accepts:
/// an all-zero key with an all-zero signature would verify a quarter of all messages).
/// </summary>
public static class Ed25519
{
    public const int SeedSize = 32;
    public const int PublicKeySize = 32;
    public const int SignatureSize = 64;

    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;

    /// <summary>The public key (RFC 8032 §5.1.5) of the 32-byte private key <paramref name="seed"/>.</summary>
    public static byte[] PublicKeyFromSeed(ReadOnlySpan<byte> seed)
    {
        using var key = Import(seed);
        return key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
    }

    /// <summary>The deterministic signature (RFC 8032 §5.1.6) of <paramref name="message"/> under the private key <paramref name="seed"/>.</summary>
    public static byte[] Sign(ReadOnlySpan<byte> seed, ReadOnlySpan<byte> message)
    {
        using var key = Import(seed);
        return Algorithm.Sign(key, message);
    }

    /// <summary>Verifies <paramref name="signature"/> the way libsodium does (RFC 8032 §5.1.7 plus the small-order checks).</summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
        publicKey.Length == PublicKeySize && signature.Length == SignatureSize
        && Sodium.IsValidPoint(publicKey)
        && PublicKey.TryImport(Algorithm, publicKey, KeyBlobFormat.RawPublicKey, out var key)
        && Algorithm.Verify(key!, message, signature);

    /// <summary>
    /// True when <paramref name="publicKey"/> is the canonical encoding of a point of the prime-order subgroup: what a key
    /// pair ever has. Small-order and mixed-order points, and anything off the curve, are refused.
    /// </summary>
    public static bool IsValidPublicKey(ReadOnlySpan<byte> publicKey) => publicKey.Length == PublicKeySize && Sodium.IsValidPoint(publicKey);

    private static Key Import(ReadOnlySpan<byte> seed)
    {
        if (seed.Length != SeedSize)
            throw new ArgumentException($"An Ed25519 private key is {SeedSize} bytes, got {seed.Length}.", nameof(seed));
        return Key.Import(Algorithm, seed, KeyBlobFormat.RawPrivateKey);
    }
}
