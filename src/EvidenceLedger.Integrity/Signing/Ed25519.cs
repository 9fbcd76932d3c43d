using System.Numerics;
using System.Security.Cryptography;

namespace EvidenceLedger.Integrity.Signing;

/// <summary>
/// Ed25519 (RFC 8032 §5.1, pure EdDSA, no context), written here because .NET has none built in.
/// </summary>
/// <remarks>
/// The arithmetic uses <see cref="BigInteger"/> and is not constant-time. That is acceptable for this ledger: the
/// secret key only signs checkpoints on the server about once a minute, with no way for a caller to choose
/// what is signed or to time individual signatures. Do not reuse this class as an interactive signing oracle.
/// </remarks>
public static class Ed25519
{
    public const int SeedSize = 32;
    public const int PublicKeySize = 32;
    public const int SignatureSize = 64;

    /// <summary>Order of the prime-order subgroup: L = 2^252 + 27742317777372353535851937790883648493.</summary>
    private static readonly BigInteger L = (BigInteger.One << 252) + BigInteger.Parse("27742317777372353535851937790883648493", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The public key (RFC 8032 §5.1.5) of the 32-byte private key <paramref name="seed"/>.</summary>
    public static byte[] PublicKeyFromSeed(ReadOnlySpan<byte> seed)
    {
        var (scalar, _) = Expand(seed);
        return EdwardsPoint.MultiplyBase(scalar).Encode();
    }

    /// <summary>The deterministic signature (RFC 8032 §5.1.6) of <paramref name="message"/> under the private key <paramref name="seed"/>.</summary>
    public static byte[] Sign(ReadOnlySpan<byte> seed, ReadOnlySpan<byte> message)
    {
        var (scalar, prefix) = Expand(seed);
        var publicKey = EdwardsPoint.MultiplyBase(scalar).Encode();
        var r = HashToScalar(prefix, [], message);
        var encodedR = EdwardsPoint.MultiplyBase(r).Encode();
        var k = HashToScalar(encodedR, publicKey, message);
        var s = BigInteger.Remainder(r + (k * scalar), L);

        var signature = new byte[SignatureSize];
        encodedR.CopyTo(signature, 0);
        FieldElement.ToLittleEndian(s, signature.AsSpan(32));
        return signature;
    }

    /// <summary>
    /// Verifies <paramref name="signature"/> (RFC 8032 §5.1.7). Rejects malformed lengths, non-canonical or off-curve public
    /// keys and S ≥ L. Uses the cofactorless equation [S]B = R + [k]A on encodings, like Go's crypto/ed25519, so the
    /// signatures accepted match the reference implementation of signed notes.
    /// </summary>
    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (publicKey.Length != PublicKeySize || signature.Length != SignatureSize)
        {
            return false;
        }

        if (!EdwardsPoint.TryDecode(publicKey, out var a))
        {
            return false;
        }

        var encodedR = signature[..32];
        var s = FieldElement.FromLittleEndian(signature[32..]);
        if (s >= L)
        {
            return false;
        }

        var k = HashToScalar(encodedR, publicKey, message);
        var candidateR = EdwardsPoint.MultiplyBase(s).Add(a.Negate().Multiply(k));
        return candidateR.Encode().AsSpan().SequenceEqual(encodedR);
    }

    /// <summary>True when <paramref name="publicKey"/> is the canonical encoding of a point on the curve.</summary>
    public static bool IsValidPublicKey(ReadOnlySpan<byte> publicKey) => EdwardsPoint.TryDecode(publicKey, out _);

    private static (BigInteger Scalar, byte[] Prefix) Expand(ReadOnlySpan<byte> seed)
    {
        if (seed.Length != SeedSize)
        {
            throw new ArgumentException($"An Ed25519 private key is {SeedSize} bytes, got {seed.Length}.", nameof(seed));
        }

        var h = SHA512.HashData(seed);
        h[0] &= 248;
        h[31] &= 127;
        h[31] |= 64;
        var scalar = FieldElement.FromLittleEndian(h.AsSpan(0, 32));
        var prefix = h[32..];
        CryptographicOperations.ZeroMemory(h);
        return (scalar, prefix);
    }

    private static BigInteger HashToScalar(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second, ReadOnlySpan<byte> message)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
        hash.AppendData(first);
        hash.AppendData(second);
        hash.AppendData(message);
        return BigInteger.Remainder(FieldElement.FromLittleEndian(hash.GetHashAndReset()), L);
    }
}
