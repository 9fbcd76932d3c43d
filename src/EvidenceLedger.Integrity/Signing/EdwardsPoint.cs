using System.Numerics;
using static EvidenceLedger.Integrity.Signing.FieldElement;

namespace EvidenceLedger.Integrity.Signing;

/// <summary>
/// A point of edwards25519 in extended coordinates (x = X/Z, y = Y/Z, x·y = T/Z), which make addition and
/// doubling inversion-free (RFC 8032 §5.1.4). Not constant-time: see <see cref="Ed25519"/>.
/// </summary>
internal readonly record struct EdwardsPoint(BigInteger X, BigInteger Y, BigInteger Z, BigInteger T)
{
    public static readonly EdwardsPoint Identity = new(0, 1, 1, 0);

    /// <summary>The base point B: y = 4/5, x even.</summary>
    public static readonly EdwardsPoint Base = FromAffine(Mul(4, Invert(5)), xIsOdd: false);

    // 2^i·B for i in 0..255, so fixed-base multiplication needs additions only.
    private static readonly EdwardsPoint[] BasePowers = ComputeBasePowers();

    public EdwardsPoint Negate() => new(Mod(-X), Y, Z, Mod(-T));

    public EdwardsPoint Add(EdwardsPoint other)
    {
        var a = Mul(Y - X, other.Y - other.X);
        var b = Mul(Y + X, other.Y + other.X);
        var c = Mul(Mul(T, TwoD), other.T);
        var d = Mul(2 * Z, other.Z);
        var e = b - a;
        var f = d - c;
        var g = d + c;
        var h = b + a;
        return new EdwardsPoint(Mul(e, f), Mul(g, h), Mul(f, g), Mul(e, h));
    }

    public EdwardsPoint Double()
    {
        var a = Mul(X, X);
        var b = Mul(Y, Y);
        var c = 2 * Mul(Z, Z);
        var h = a + b;
        var xPlusY = X + Y;
        var e = h - Mul(xPlusY, xPlusY);
        var g = a - b;
        var f = c + g;
        return new EdwardsPoint(Mul(e, f), Mul(g, h), Mul(f, g), Mul(e, h));
    }

    /// <summary>[scalar]·B for 0 ≤ scalar &lt; 2^256.</summary>
    public static EdwardsPoint MultiplyBase(BigInteger scalar)
    {
        Span<byte> bits = stackalloc byte[32];
        ToLittleEndian(scalar, bits);
        var result = Identity;
        for (var i = 0; i < BasePowers.Length; i++)
        {
            if ((bits[i / 8] & (1 << (i % 8))) != 0)
            {
                result = result.Add(BasePowers[i]);
            }
        }

        return result;
    }

    /// <summary>[scalar]·this for 0 ≤ scalar &lt; 2^256, with a 4-bit fixed window.</summary>
    public EdwardsPoint Multiply(BigInteger scalar)
    {
        var table = new EdwardsPoint[16];
        table[0] = Identity;
        for (var i = 1; i < table.Length; i++)
        {
            table[i] = table[i - 1].Add(this);
        }

        Span<byte> digits = stackalloc byte[32];
        ToLittleEndian(scalar, digits);
        var result = Identity;
        for (var i = 63; i >= 0; i--)
        {
            result = result.Double().Double().Double().Double();
            var nibble = (digits[i / 2] >> (4 * (i % 2))) & 0xF;
            if (nibble != 0)
            {
                result = result.Add(table[nibble]);
            }
        }

        return result;
    }

    /// <summary>The 32-byte encoding of RFC 8032 §5.1.2: y little-endian, the sign of x in the top bit.</summary>
    public byte[] Encode()
    {
        var zInverse = Invert(Z);
        var x = Mul(X, zInverse);
        var y = Mul(Y, zInverse);
        var bytes = new byte[32];
        ToLittleEndian(y, bytes);
        bytes[31] |= (byte)(x.IsEven ? 0 : 0x80);
        return bytes;
    }

    /// <summary>Decoding of RFC 8032 §5.1.3; rejects y ≥ p, points off the curve and the encoding of x = 0 with the sign bit set.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> encoded, out EdwardsPoint point)
    {
        point = default;
        if (encoded.Length != 32)
        {
            return false;
        }

        Span<byte> yBytes = stackalloc byte[32];
        encoded.CopyTo(yBytes);
        var xIsOdd = (yBytes[31] & 0x80) != 0;
        yBytes[31] &= 0x7F;
        var y = FromLittleEndian(yBytes);
        if (y >= P)
        {
            return false;
        }

        var ySquared = Mul(y, y);
        var u = Mod(ySquared - 1);
        var v = Mod((D * ySquared) + 1);
        var v3 = Mul(Mul(v, v), v);
        var v7 = Mul(Mul(v3, v3), v);
        var x = Mul(Mul(u, v3), BigInteger.ModPow(Mul(u, v7), (P - 5) / 8, P));
        var vx2 = Mul(v, Mul(x, x));
        if (vx2 != u)
        {
            if (vx2 != Mod(-u))
            {
                return false;
            }

            x = Mul(x, SqrtMinusOne);
        }

        if (x.IsZero && xIsOdd)
        {
            return false;
        }

        if (!x.IsEven != xIsOdd)
        {
            x = P - x;
        }

        point = new EdwardsPoint(x, y, 1, Mul(x, y));
        return true;
    }

    private static EdwardsPoint FromAffine(BigInteger y, bool xIsOdd)
    {
        Span<byte> encoded = stackalloc byte[32];
        ToLittleEndian(y, encoded);
        encoded[31] |= (byte)(xIsOdd ? 0x80 : 0);
        return TryDecode(encoded, out var point) ? point : throw new InvalidOperationException("Not a curve point.");
    }

    private static EdwardsPoint[] ComputeBasePowers()
    {
        var powers = new EdwardsPoint[256];
        powers[0] = Base;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1].Double();
        }

        return powers;
    }
}
