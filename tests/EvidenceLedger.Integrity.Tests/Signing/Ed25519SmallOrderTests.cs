using EvidenceLedger.Integrity.Signing;
using EvidenceLedger.Integrity.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace EvidenceLedger.Integrity.Tests.Signing;

/// <summary>
/// The forgeries a cofactorless textbook verifier lets through: with a small-order public key A and small-order R,
/// [S]B = R + [k]A holds for S = 0 whenever [k]A happens to cancel R, which for the all-zero encodings is one message in four.
/// </summary>
public sealed class Ed25519SmallOrderTests
{
    /// <summary>The encodings of the eight points of order dividing 8 (canonical and the non-canonical ones libsodium lists).</summary>
    public static TheoryData<string> SmallOrderPoints() =>
    [
        "0100000000000000000000000000000000000000000000000000000000000000", // identity, order 1
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f", // order 2
        "0000000000000000000000000000000000000000000000000000000000000080", // order 4
        "0000000000000000000000000000000000000000000000000000000000000000", // order 4
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a", // order 8
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa", // order 8
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05", // order 8
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85", // order 8
    ];

    [Theory]
    [MemberData(nameof(SmallOrderPoints))]
    public void A_small_order_public_key_is_not_a_valid_key(string point) =>
        Assert.False(Ed25519.IsValidPublicKey(Hex.Bytes(point)));

    [Theory]
    [MemberData(nameof(SmallOrderPoints))]
    public void A_small_order_key_with_a_small_order_R_and_zero_S_verifies_nothing(string point)
    {
        var key = Hex.Bytes(point);
        var signature = new byte[Ed25519.SignatureSize];
        key.CopyTo(signature, 0);

        for (var i = 0; i < 64; i++)
            Assert.False(Ed25519.Verify(key, BitConverter.GetBytes(i), signature), $"message {i}");
    }

    [Fact]
    public void The_all_zero_key_with_the_all_zero_signature_verifies_no_random_message()
    {
        PropertyCheck.Holds(
            Prop.ForAll(Gen.ArrayOf(ArbMap.Default.GeneratorFor<byte>()).ToArbitrary(),
                message => Assert.False(Ed25519.Verify(new byte[32], message, new byte[64]))),
            maxTests: 200);
    }

    [Fact]
    public void A_genuine_signature_with_a_small_order_R_swapped_in_is_rejected()
    {
        var seed = Hex.Bytes("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        var message = "checkpoint"u8.ToArray();
        var signature = Ed25519.Sign(seed, message);
        Hex.Bytes("0100000000000000000000000000000000000000000000000000000000000000").CopyTo(signature, 0);

        Assert.False(Ed25519.Verify(Ed25519.PublicKeyFromSeed(seed), message, signature));
    }
}
