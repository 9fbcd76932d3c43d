using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Integrity.Tests.Support;

namespace EvidenceLedger.Integrity.Tests.Checkpoints;

public sealed class CheckpointSigningTests
{
    private const string Origin = "evidence-ledger.example/log";

    private static readonly NoteSigner Signer = new(Origin, Hex.Bytes("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7"));
    private static readonly NoteVerifier Verifier = new(Signer.VerifierKey);
    private static readonly Checkpoint Checkpoint = new(Origin, 1234, MerkleHash.Leaf("latest root"u8));
    private static readonly string Signed = Signer.SignCheckpoint(Checkpoint);

    [Fact]
    public void A_signed_checkpoint_verifies_and_yields_the_checkpoint()
    {
        var result = Verifier.VerifyCheckpoint(Signed);

        Assert.True(result.IsValid, result.Detail);
        Assert.Equal(Checkpoint, result.Checkpoint);
    }

    [Fact]
    public void A_signed_checkpoint_is_the_body_a_blank_line_and_one_em_dash_signature_line()
    {
        var lines = Signed.Split('\n');

        Assert.Equal(CheckpointNote.Format(Checkpoint) + "\n", Signed[..(Signed.LastIndexOf("\n\n", StringComparison.Ordinal) + 2)]);
        Assert.StartsWith($"\u2014 {Origin} ", lines[4], StringComparison.Ordinal);
        Assert.Equal(4 + 64, Convert.FromBase64String(lines[4].Split(' ')[2]).Length);
        Assert.Equal("", lines[5]);
    }

    [Fact]
    public void The_key_ID_is_the_first_four_bytes_of_SHA256_over_name_newline_type_and_public_key()
    {
        byte[] input = [.. System.Text.Encoding.UTF8.GetBytes(Origin), 0x0A, 0x01, .. Signer.PublicKey];
        var expected = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(System.Security.Cryptography.SHA256.HashData(input));

        Assert.Equal(expected, Signer.KeyId);
        Assert.Equal(expected, Verifier.KeyId);
        Assert.Equal(Convert.ToBase64String([(byte)(expected >> 24), (byte)(expected >> 16), (byte)(expected >> 8), (byte)expected])[..5], Signed.Split('\n')[4].Split(' ')[2][..5]);
    }

    [Theory]
    [InlineData("\n1234\n", "\n1235\n")]
    [InlineData(Origin + "\n", "evidence-ledger.example/loq\n")]
    public void Changing_the_signed_body_breaks_the_signature(string original, string replacement)
    {
        var tampered = Signed.Replace(original, replacement, StringComparison.Ordinal);

        Assert.NotEqual(Signed, tampered);
        Assert.Equal(NoteVerificationFailure.InvalidSignature, Verifier.VerifyCheckpoint(tampered).Failure);
    }

    [Fact]
    public void Changing_the_root_hash_breaks_the_signature()
    {
        var otherRoot = new Checkpoint(Origin, 1234, MerkleHash.Leaf("forged root"u8));
        var tampered = Signed.Replace(Convert.ToBase64String(Checkpoint.RootHash), Convert.ToBase64String(otherRoot.RootHash), StringComparison.Ordinal);

        Assert.Equal(NoteVerificationFailure.InvalidSignature, Verifier.VerifyCheckpoint(tampered).Failure);
    }

    [Fact]
    public void Changing_any_byte_of_the_signature_breaks_it()
    {
        var lines = Signed.Split('\n');
        var payload = Convert.FromBase64String(lines[4].Split(' ')[2]);
        for (var i = 4; i < payload.Length; i++)
        {
            var tamperedPayload = payload.ToArray();
            tamperedPayload[i] ^= 0x01;
            var tampered = Signed.Replace(Convert.ToBase64String(payload), Convert.ToBase64String(tamperedPayload), StringComparison.Ordinal);

            Assert.Equal(NoteVerificationFailure.InvalidSignature, Verifier.VerifyCheckpoint(tampered).Failure);
        }
    }

    [Fact]
    public void A_checkpoint_signed_by_another_key_under_the_same_name_is_not_accepted()
    {
        var impostor = NoteSigner.Generate(Origin);

        Assert.Equal(NoteVerificationFailure.NotSignedByKey, Verifier.VerifyCheckpoint(impostor.SignCheckpoint(Checkpoint)).Failure);
    }

    [Fact]
    public void A_cosignature_appended_by_a_witness_does_not_disturb_verification()
    {
        var witness = NoteSigner.Generate("witness.example/w1");
        var cosigned = Signed + witness.Sign(CheckpointNote.Format(Checkpoint))[CheckpointNote.Format(Checkpoint).Length..].TrimStart('\n');

        Assert.Equal(3, cosigned.Split('\u2014').Length);
        Assert.True(Verifier.VerifyCheckpoint(cosigned).IsValid);
        // The witness signs the log's checkpoint as a note: its own name is not the checkpoint's origin.
        Assert.NotNull(new NoteVerifier(witness.VerifierKey).VerifyNote(cosigned).Text);
    }

    [Fact]
    public void A_validly_signed_note_that_is_not_a_checkpoint_is_reported_as_such()
    {
        var result = Verifier.VerifyCheckpoint(Signer.Sign("hello\n"));

        Assert.Equal(NoteVerificationFailure.MalformedCheckpoint, result.Failure);
        Assert.Null(result.Checkpoint);
    }

    [Fact]
    public void The_real_sum_golang_org_checkpoint_verifies_with_the_go_command_key()
    {
        // sum.golang.org predates the rule that a checkpoint's origin is its key's name.
        var result = new NoteVerifier(GoNoteVectors.SumDbVerifierKey).VerifyCheckpoint(GoNoteVectors.SumDbCheckpoint, originMustBeKeyName: false);

        Assert.True(result.IsValid, result.Detail);
        Assert.Equal("go.sum database tree", result.Checkpoint!.Origin);
        Assert.Equal(30055305, result.Checkpoint.TreeSize);
    }

    [Fact]
    public void The_real_sum_golang_org_checkpoint_with_one_size_more_is_rejected()
    {
        var tampered = GoNoteVectors.SumDbCheckpoint.Replace("30055305", "30055306", StringComparison.Ordinal);

        Assert.Equal(NoteVerificationFailure.InvalidSignature,
            new NoteVerifier(GoNoteVectors.SumDbVerifierKey).VerifyCheckpoint(tampered, originMustBeKeyName: false).Failure);
    }

    [Fact]
    public void A_validly_signed_checkpoint_of_another_origin_is_refused_as_another_logs()
    {
        var otherLog = Signer.SignCheckpoint(new Checkpoint("another-ledger.example/log", 1234, MerkleHash.Leaf("latest root"u8)));

        var result = Verifier.VerifyCheckpoint(otherLog);

        Assert.Equal(NoteVerificationFailure.OriginIsNotKeyName, result.Failure);
        Assert.Contains("another-ledger.example/log", result.Detail, StringComparison.Ordinal);
        Assert.Contains(Origin, result.Detail, StringComparison.Ordinal);
        Assert.True(Verifier.VerifyCheckpoint(otherLog, originMustBeKeyName: false).IsValid);
    }

    [Fact]
    public void A_signed_checkpoint_with_extension_lines_verifies_and_keeps_them()
    {
        var extended = new Checkpoint(Origin, 1234, MerkleHash.Leaf("latest root"u8), ["witnessed-by example.org"]);

        var result = Verifier.VerifyCheckpoint(Signer.SignCheckpoint(extended));

        Assert.True(result.IsValid, result.Detail);
        Assert.Equal(["witnessed-by example.org"], result.Checkpoint!.Extensions);
    }

    [Fact]
    public void A_generated_key_round_trips_through_its_signer_and_verifier_strings()
    {
        var generated = NoteSigner.Generate(Origin);
        var reloaded = NoteSigner.FromSignerKey(generated.ExportSignerKey());

        Assert.Equal(generated.VerifierKey, reloaded.VerifierKey);
        Assert.True(new NoteVerifier(generated.VerifierKey).VerifyCheckpoint(reloaded.SignCheckpoint(Checkpoint)).IsValid);
    }

    [Theory]
    [InlineData("no newline at the end")]
    [InlineData("a control \u0007 character\n")]
    public void Texts_that_cannot_form_a_signed_note_are_not_signed(string text) =>
        Assert.Throws<ArgumentException>(() => Signer.Sign(text));

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("plus+sign")]
    [InlineData("no-break\u00a0space")]
    public void Key_names_with_spaces_or_plus_signs_are_refused(string name) =>
        Assert.Throws<ArgumentException>(() => NoteSigner.Generate(name));
}
