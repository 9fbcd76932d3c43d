using System.Numerics;

namespace EvidenceLedger.Integrity.Signing;

/// <summary>Arithmetic modulo p = 2^255 − 19 and the curve constants of edwards25519 (RFC 8032 §5.1).</summary>
internal static class FieldElement
{
    public static readonly BigInteger P = (BigInteger.One << 255) - 19;

    /// <summary>d = −121665 / 121666 mod p.</summary>
    public static readonly BigInteger D = Mod(-121665 * Invert(121666));

    public static readonly BigInteger TwoD = Mod(2 * D);

    /// <summary>A square root of −1: 2^((p−1)/4) mod p.</summary>
    public static readonly BigInteger SqrtMinusOne = BigInteger.ModPow(2, (P - 1) / 4, P);

    public static BigInteger Mod(BigInteger value)
    {
        var r = BigInteger.Remainder(value, P);
        return r.Sign < 0 ? r + P : r;
    }

    public static BigInteger Mul(BigInteger a, BigInteger b) => Mod(a * b);

    public static BigInteger Invert(BigInteger value) => BigInteger.ModPow(Mod(value), P - 2, P);

    public static BigInteger FromLittleEndian(ReadOnlySpan<byte> bytes) => new(bytes, isUnsigned: true, isBigEndian: false);

    public static void ToLittleEndian(BigInteger value, Span<byte> destination)
    {
        destination.Clear();
        if (!value.TryWriteBytes(destination, out _, isUnsigned: true, isBigEndian: false))
        {
            throw new InvalidOperationException("Value does not fit the destination.");
        }
    }
}
