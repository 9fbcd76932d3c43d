using System.Text;
using EvidenceLedger.Integrity.Tests.Support;
using EvidenceLedger.Integrity.Witnessing;

namespace EvidenceLedger.Integrity.Tests.Witnessing;

public sealed class Cosignature_format
{
    private static readonly WitnessSigner Signer = new(CosignatureVectors.WitnessName, Hex.Bytes(CosignatureVectors.SeedHex));

    [Fact]
    public void Cosigning_the_example_checkpoint_reproduces_the_independently_made_line_byte_for_byte()
    {
        var cosignature = Signer.Cosign(CosignatureVectors.CheckpointText, CosignatureVectors.Timestamp);

        Assert.Equal(CosignatureVectors.CosignatureLine, cosignature.ToLine());
    }

    [Fact]
    public void The_verifier_key_carries_the_cosignature_type_byte_and_its_key_id()
    {
        Assert.Equal(CosignatureVectors.VerifierKey, Signer.VerifierKey.ToString());
        Assert.Equal(0xeb762cc2u, Signer.VerifierKey.KeyId);
        Assert.Equal(CosignatureKeyId.For(CosignatureVectors.WitnessName, Signer.VerifierKey.PublicKey), Signer.VerifierKey.KeyId);
    }

    [Fact]
    public void The_signer_key_round_trips()
    {
        var signer = WitnessSigner.FromSignerKey(CosignatureVectors.SignerKey);

        Assert.Equal(CosignatureVectors.SignerKey, signer.ExportSignerKey());
        Assert.Equal(Signer.VerifierKey, signer.VerifierKey);
    }

    [Fact]
    public void The_signed_message_is_the_header_the_time_line_and_the_checkpoint_body()
    {
        var message = CosignedMessage.Of(CosignatureVectors.CheckpointText, 1679315147);

        Assert.Equal("cosignature/v1\ntime 1679315147\nexample.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n",
            Encoding.UTF8.GetString(message));
    }

    [Fact]
    public void The_independently_made_line_verifies_with_the_verifier_key()
    {
        var key = WitnessVerifierKey.Parse(CosignatureVectors.VerifierKey);
        var cosignature = Assert.Single(Cosignature.ParseLines(CosignatureVectors.CosignatureLine));

        Assert.Equal(CosignatureVectors.Timestamp, cosignature.Timestamp);
        Assert.True(key.Verifies(CosignatureVectors.CheckpointText, cosignature));
        Assert.False(key.Verifies(CosignatureVectors.CheckpointText.Replace("20852163", "20852164", StringComparison.Ordinal), cosignature));
    }

    [Fact]
    public void The_spec_example_line_is_key_id_then_the_examples_time_then_a_64_byte_signature()
    {
        var cosignature = Assert.Single(Cosignature.ParseLines(CosignatureVectors.SpecExampleLine));

        Assert.Equal("witness.example.com/w1", cosignature.WitnessName);
        Assert.Equal(0x8d66cf3fu, cosignature.KeyId);
        Assert.Equal(1679315147ul, cosignature.Timestamp);
        Assert.Equal(64, cosignature.Signature.Length);
        Assert.Equal(CosignatureVectors.SpecExampleLine, cosignature.ToLine());
    }

    [Theory]
    [InlineData("witness.example/w1+eb762cc2+AddamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea")]
    [InlineData("witness.example/w1+eb762cc3+BNdamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea")]
    [InlineData("witness.example/w2+eb762cc2+BNdamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea")]
    [InlineData("witness.example/w1+EB762CC2+BNdamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea")]
    [InlineData("witness.example/w1+eb762cc2")]
    public void A_verifier_key_of_another_type_id_or_name_is_refused(string key)
    {
        Assert.Throws<FormatException>(() => WitnessVerifierKey.Parse(key));
    }

    [Fact]
    public void A_plain_note_key_is_not_a_witness_key()
    {
        var noteKey = EvidenceLedger.Integrity.Checkpoints.NoteSigner.Generate("witness.example/w1").VerifierKey;

        Assert.Throws<FormatException>(() => WitnessVerifierKey.Parse(noteKey));
    }
}
