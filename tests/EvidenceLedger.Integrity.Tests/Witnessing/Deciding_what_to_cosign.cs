using EvidenceLedger.Integrity.Witnessing;

namespace EvidenceLedger.Integrity.Tests.Witnessing;

public sealed class Deciding_what_to_cosign
{
    private const ulong Now = 1_764_000_000;

    private readonly WitnessedLog _log = new();
    private readonly WitnessSigner _signer = WitnessSigner.Generate("witness.test/w1");
    private readonly CheckpointWitness _witness;

    public Deciding_what_to_cosign() => _witness = new CheckpointWitness(_signer, _log.Verifier);

    [Fact]
    public void The_first_checkpoint_from_old_size_zero_is_cosigned_and_becomes_the_state()
    {
        var decision = _witness.Decide(_log.Request(0, 5), null, Now);

        Assert.Equal(WitnessVerdict.Cosigned, decision.Verdict);
        Assert.Equal(5, decision.NewState!.TreeSize);
        Assert.Equal(Now, decision.Cosignature!.Timestamp);
        var note = CosignedNote.Append(_log.Checkpoint(5), [decision.Cosignature.ToLine()]);
        Assert.True(CosignatureCheck.Check(note, [_signer.VerifierKey], 1).ThresholdMet);
    }

    [Fact]
    public void A_consistent_larger_checkpoint_is_cosigned()
    {
        var state = _witness.Decide(_log.Request(0, 5), null, Now).NewState;

        var decision = _witness.Decide(_log.Request(5, 13), state, Now);

        Assert.Equal(WitnessVerdict.Cosigned, decision.Verdict);
        Assert.Equal(13, decision.NewState!.TreeSize);
    }

    [Fact]
    public void A_wrong_old_size_is_a_conflict_that_names_the_witnessed_size()
    {
        var state = _witness.Decide(_log.Request(0, 5), null, Now).NewState;

        var decision = _witness.Decide(_log.Request(3, 13), state, Now);

        Assert.Equal(WitnessVerdict.Conflict, decision.Verdict);
        Assert.Equal(5, decision.WitnessedSize);
        Assert.Null(decision.NewState);
    }

    [Fact]
    public void A_proof_that_does_not_verify_is_unprocessable()
    {
        var state = _witness.Decide(_log.Request(0, 5), null, Now).NewState;
        var honest = _log.Request(5, 13);

        var decision = _witness.Decide(honest with { ConsistencyProof = [.. honest.ConsistencyProof.Skip(1)] }, state, Now);

        Assert.Equal(WitnessVerdict.InconsistentProof, decision.Verdict);
    }

    [Fact]
    public void A_rewritten_history_at_a_larger_size_is_refused_whatever_proof_the_log_gives()
    {
        var state = _witness.Decide(_log.Request(0, 8), null, Now).NewState;

        var decision = _witness.Decide(_log.Request(8, 12, rewrittenFrom: 6), state, Now);

        Assert.Equal(WitnessVerdict.InconsistentProof, decision.Verdict);
        Assert.True(decision.SignedByLog);
        Assert.Null(decision.Cosignature);
    }

    [Fact]
    public void Another_root_at_the_witnessed_size_is_a_conflict()
    {
        var state = _witness.Decide(_log.Request(0, 8), null, Now).NewState;

        var decision = _witness.Decide(_log.Request(8, 8, rewrittenFrom: 6), state, Now);

        Assert.Equal(WitnessVerdict.Conflict, decision.Verdict);
        Assert.Null(decision.WitnessedSize);
    }

    [Fact]
    public void The_same_checkpoint_again_is_cosigned_again()
    {
        var state = _witness.Decide(_log.Request(0, 8), null, Now).NewState;

        Assert.Equal(WitnessVerdict.Cosigned, _witness.Decide(_log.Request(8, 8), state, Now).Verdict);
    }

    [Fact]
    public void A_checkpoint_of_an_unknown_origin_is_not_found()
    {
        var other = new WitnessedLog("other.test/log");

        Assert.Equal(WitnessVerdict.UnknownLog, _witness.Decide(other.Request(0, 5), null, Now).Verdict);
    }

    [Fact]
    public void A_checkpoint_of_the_origin_signed_by_another_key_is_forbidden()
    {
        var impostor = new WitnessedLog();

        var decision = _witness.Decide(impostor.Request(0, 5), null, Now);

        Assert.Equal(WitnessVerdict.NotSignedByLog, decision.Verdict);
        Assert.False(decision.SignedByLog);
    }

    [Fact]
    public void An_old_size_above_the_checkpoints_is_a_bad_request()
    {
        var state = _witness.Decide(_log.Request(0, 8), null, Now).NewState;

        Assert.Equal(WitnessVerdict.Malformed, _witness.Decide(new AddCheckpointRequest(8, [], _log.Checkpoint(5)), state, Now).Verdict);
    }

    [Fact]
    public void A_proof_from_size_zero_must_be_empty()
    {
        var request = _log.Request(5, 13) with { OldSize = 0 };

        Assert.Equal(WitnessVerdict.InconsistentProof, _witness.Decide(request, null, Now).Verdict);
    }

    [Fact]
    public void A_smaller_checkpoint_than_the_witnessed_one_is_never_cosigned()
    {
        var state = _witness.Decide(_log.Request(0, 13), null, Now).NewState;

        var decision = _witness.Decide(_log.Request(0, 5), state, Now);

        Assert.Equal(WitnessVerdict.Conflict, decision.Verdict);
        Assert.Equal(13, decision.WitnessedSize);
    }
}
