using System.Numerics;
using EvidenceLedger.Integrity.Signing;
using EvidenceLedger.Integrity.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace EvidenceLedger.Integrity.Tests.Signing;

public sealed class Ed25519VerifyTests
{
    private static readonly byte[] Seed = Hex.Bytes("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    private static readonly byte[] PublicKey = Ed25519.PublicKeyFromSeed(Seed);
    private static readonly byte[] Message = "checkpoint body"u8.ToArray();
    private static readonly byte[] Signature = Ed25519.Sign(Seed, Message);

    private static readonly BigInteger L = (BigInteger.One << 252) + BigInteger.Parse("27742317777372353535851937790883648493", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_signature_verifies_only_for_the_message_it_signs()
    {
        Assert.True(Ed25519.Verify(PublicKey, Message, Signature));
        Assert.False(Ed25519.Verify(PublicKey, "checkpoint bodY"u8, Signature));
        Assert.False(Ed25519.Verify(PublicKey, [], Signature));
    }

    [Fact]
    public void Flipping_any_bit_of_the_signature_fails_verification()
    {
        for (var bit = 0; bit < Ed25519.SignatureSize * 8; bit++)
        {
            var tampered = Signature.ToArray();
            tampered[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.False(Ed25519.Verify(PublicKey, Message, tampered), $"bit {bit}");
        }
    }

    [Fact]
    public void A_signature_does_not_verify_under_another_public_key()
    {
        var otherKey = Ed25519.PublicKeyFromSeed(Hex.Bytes("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"));

        Assert.False(Ed25519.Verify(otherKey, Message, Signature));
    }

    [Fact]
    public void A_signature_whose_S_is_not_reduced_modulo_L_is_rejected()
    {
        var s = new BigInteger(Signature.AsSpan(32), isUnsigned: true);
        var malleated = Signature.ToArray();
        (s + L).TryWriteBytes(malleated.AsSpan(32), out _, isUnsigned: true);

        Assert.False(Ed25519.Verify(PublicKey, Message, malleated));
    }

    [Fact]
    public void A_public_key_whose_y_coordinate_is_not_below_p_is_rejected()
    {
        // y = p encodes the same point as y = 0, a non-canonical encoding.
        var nonCanonical = Hex.Bytes("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");

        Assert.False(Ed25519.IsValidPublicKey(nonCanonical));
        Assert.False(Ed25519.Verify(nonCanonical, Message, Signature));
    }

    [Fact]
    public void A_public_key_that_is_not_a_curve_point_is_rejected()
    {
        // y = 2 gives x² = 3 / (4d + 1), which is not a square modulo p.
        var offCurve = new byte[32];
        offCurve[0] = 2;

        Assert.False(Ed25519.IsValidPublicKey(offCurve));
        Assert.True(Ed25519.IsValidPublicKey(PublicKey));
    }

    [Fact]
    public void Inputs_of_the_wrong_length_fail_verification()
    {
        Assert.False(Ed25519.Verify(PublicKey.AsSpan(0, 31), Message, Signature));
        Assert.False(Ed25519.Verify(PublicKey, Message, Signature.AsSpan(0, 63)));
        Assert.Throws<ArgumentException>(() => Ed25519.Sign(new byte[31], Message));
    }

    [Fact]
    public void Any_key_signs_any_message_verifiably_and_not_for_a_changed_message()
    {
        var cases =
            from seed in Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>(), Ed25519.SeedSize)
            from message in Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>())
            select (Seed: seed, Message: message);

        PropertyCheck.Holds(
            Prop.ForAll(cases.ToArbitrary(), c =>
            {
                var publicKey = Ed25519.PublicKeyFromSeed(c.Seed);
                var signature = Ed25519.Sign(c.Seed, c.Message);

                Assert.True(Ed25519.Verify(publicKey, c.Message, signature));
                Assert.False(Ed25519.Verify(publicKey, [.. c.Message, 0], signature));
            }),
            maxTests: 40);
    }
}
