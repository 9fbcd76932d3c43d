using System.Text;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Integrity.Witnessing;

namespace EvidenceLedger.Integrity.Tests.Witnessing;

public sealed class Checking_cosignatures
{
    private static readonly NoteSigner Log = NoteSigner.Generate("ledger.test/evidence");
    private static readonly WitnessSigner Alpha = WitnessSigner.Generate("alpha.example/witness");
    private static readonly WitnessSigner Beta = WitnessSigner.Generate("beta.example/witness");
    private static readonly WitnessSigner Gamma = WitnessSigner.Generate("gamma.example/witness");
    private static readonly WitnessVerifierKey[] Trusted = [Alpha.VerifierKey, Beta.VerifierKey, Gamma.VerifierKey];

    private static readonly string Text = CheckpointNote.Format(new Checkpoint(Log.KeyName, 42, MerkleHash.Leaf("root"u8)));
    private static readonly string Note = Log.Sign(Text);

    [Fact]
    public void Two_valid_cosignatures_meet_a_threshold_of_two_but_not_of_three()
    {
        var note = Cosigned(Alpha, Beta);

        var two = CosignatureCheck.Check(note, Trusted, 2);
        var three = CosignatureCheck.Check(note, Trusted, 3);

        Assert.True(two.ThresholdMet);
        Assert.Equal(["alpha.example/witness", "beta.example/witness"], two.Cosigned.Select(c => c.Witness.Name).Order());
        Assert.Empty(two.Rejected);
        Assert.False(three.ThresholdMet);
    }

    [Fact]
    public void The_check_reads_the_note_as_bytes_off_the_wire()
    {
        var result = CosignatureCheck.Check(Encoding.UTF8.GetBytes(Cosigned(Alpha)), Trusted, 1);

        Assert.True(result.ThresholdMet);
        Assert.Equal(1000ul, Assert.Single(result.Cosigned).Timestamp);
        Assert.Equal(Text, result.CheckpointText);
    }

    [Fact]
    public void A_tampered_cosignature_is_a_rejection_and_does_not_count()
    {
        var line = Alpha.Cosign(Text, 1000).ToLine();
        var tampered = line[..^6] + (line[^6] == 'A' ? 'B' : 'A') + line[^5..];

        var result = CosignatureCheck.Check(Note + tampered + Beta.Cosign(Text, 1000).ToLine(), Trusted, 2);

        Assert.False(result.ThresholdMet);
        Assert.Equal("alpha.example/witness", Assert.Single(result.Rejected).Witness.Name);
        Assert.Equal("beta.example/witness", Assert.Single(result.Cosigned).Witness.Name);
    }

    [Fact]
    public void A_cosignature_of_another_checkpoint_does_not_verify_on_this_one()
    {
        var other = CheckpointNote.Format(new Checkpoint(Log.KeyName, 43, MerkleHash.Leaf("root"u8)));

        var result = CosignatureCheck.Check(Note + Alpha.Cosign(other, 1000).ToLine(), Trusted, 1);

        Assert.False(result.ThresholdMet);
        Assert.Single(result.Rejected);
    }

    [Fact]
    public void Cosignatures_of_untrusted_witnesses_and_the_logs_own_signature_are_ignored()
    {
        var stranger = WitnessSigner.Generate("stranger.example/witness");

        var result = CosignatureCheck.Check(Note + stranger.Cosign(Text, 1000).ToLine(), Trusted, 1);

        Assert.Empty(result.Cosigned);
        Assert.Empty(result.Rejected);
        Assert.False(result.ThresholdMet);
    }

    [Fact]
    public void A_witness_counts_once_however_many_times_it_cosigned()
    {
        var result = CosignatureCheck.Check(Cosigned(Alpha) + Alpha.Cosign(Text, 2000).ToLine(), Trusted, 2);

        Assert.Equal(2000ul, Assert.Single(result.Cosigned).Timestamp);
        Assert.False(result.ThresholdMet);
    }

    [Fact]
    public void A_plain_note_signature_by_a_witness_key_name_is_not_a_cosignature()
    {
        var impostor = NoteSigner.Generate(Alpha.Name);
        var signedByImpostor = impostor.Sign(Text);
        var line = signedByImpostor[(signedByImpostor.LastIndexOf("\n\n", StringComparison.Ordinal) + 2)..];

        var result = CosignatureCheck.Check(Note + line, Trusted, 1);

        Assert.False(result.ThresholdMet);
        Assert.Empty(result.Cosigned);
    }

    [Fact]
    public void A_malformed_note_meets_no_threshold_even_of_zero()
    {
        var result = CosignatureCheck.Check(Text, Trusted, 0);

        Assert.NotNull(result.NoteError);
        Assert.False(result.ThresholdMet);
    }

    [Fact]
    public void Appended_cosignatures_leave_the_logs_signature_valid_and_are_not_repeated()
    {
        var lines = new[] { Alpha.Cosign(Text, 1000).ToLine(), Beta.Cosign(Text, 1000).ToLine() };

        var note = CosignedNote.Append(CosignedNote.Append(Note, lines), lines);

        Assert.Equal(Note + lines[0] + lines[1], note);
        Assert.True(new NoteVerifier(Log.VerifierKey).VerifyCheckpoint(note).IsValid);
        Assert.True(CosignatureCheck.Check(note, Trusted, 2).ThresholdMet);
    }

    private static string Cosigned(params WitnessSigner[] witnesses) =>
        Note + string.Concat(witnesses.Select(w => w.Cosign(Text, 1000).ToLine()));
}
