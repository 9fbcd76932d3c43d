using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Integrity.Witnessing;

/// <summary>
/// The witness's rule (C2SP tlog-witness add-checkpoint) for one log, without I/O or clock: cosign a checkpoint only if
/// the log signed it and it extends, by a verified RFC 6962 consistency proof, the latest tree this witness cosigned.
/// The caller keeps the state, serializes requests, and persists <see cref="WitnessDecision.NewState"/> before answering.
/// </summary>
public sealed class CheckpointWitness(WitnessSigner signer, NoteVerifier log)
{
    /// <summary>The log's origin: its checkpoints' first line, which is its key's name.</summary>
    public string Origin => log.KeyName;

    public WitnessDecision Decide(AddCheckpointRequest request, WitnessedTree? state, ulong timestamp)
    {
        ArgumentNullException.ThrowIfNull(request);
        var current = state ?? WitnessedTree.Empty(Origin);
        var newline = request.SignedCheckpoint.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0)
        {
            return new WitnessDecision(WitnessVerdict.Malformed, "The checkpoint note has no origin line.");
        }

        var origin = request.SignedCheckpoint[..newline];
        if (!string.Equals(origin, Origin, StringComparison.Ordinal))
        {
            return new WitnessDecision(WitnessVerdict.UnknownLog, $"This witness does not witness the log '{origin}'.");
        }

        var verified = log.VerifyCheckpoint(request.SignedCheckpoint);
        if (verified.Checkpoint is not { } checkpoint)
        {
            return verified.Failure is NoteVerificationFailure.NotSignedByKey or NoteVerificationFailure.InvalidSignature
                ? new WitnessDecision(WitnessVerdict.NotSignedByLog, verified.Detail!)
                : new WitnessDecision(WitnessVerdict.Malformed, verified.Detail!);
        }

        return DecideSigned(request, checkpoint, current, timestamp) with { SignedByLog = true };
    }

    private WitnessDecision DecideSigned(AddCheckpointRequest request, Checkpoint checkpoint, WitnessedTree current, ulong timestamp)
    {
        if (request.OldSize > checkpoint.TreeSize)
        {
            return new WitnessDecision(WitnessVerdict.Malformed, $"The old size {request.OldSize} exceeds the checkpoint's size {checkpoint.TreeSize}.");
        }

        if (request.OldSize != current.TreeSize)
        {
            return new WitnessDecision(WitnessVerdict.Conflict, $"The latest checkpoint this witness cosigned has size {current.TreeSize}.",
                WitnessedSize: current.TreeSize);
        }

        if (request.OldSize == checkpoint.TreeSize && !checkpoint.RootHash.AsSpan().SequenceEqual(current.RootHash))
        {
            return new WitnessDecision(WitnessVerdict.Conflict,
                $"This witness cosigned another root for size {current.TreeSize}: the log forked.");
        }

        if (request.OldSize == 0 && request.ConsistencyProof.Count > 0)
        {
            return new WitnessDecision(WitnessVerdict.InconsistentProof, "The consistency proof from size 0 must be empty.");
        }

        if (request.OldSize > 0)
        {
            var proof = MerkleProofVerifier.VerifyConsistency(current.TreeSize, checkpoint.TreeSize, current.RootHash, checkpoint.RootHash, request.ConsistencyProof);
            if (!proof.IsValid)
            {
                return new WitnessDecision(WitnessVerdict.InconsistentProof,
                    $"The checkpoint of size {checkpoint.TreeSize} is not proven consistent with the cosigned size {current.TreeSize}: {proof.Failure}");
            }
        }

        var text = CheckpointNote.Format(checkpoint);
        return new WitnessDecision(WitnessVerdict.Cosigned, $"Cosigned size {checkpoint.TreeSize}.", signer.Cosign(text, timestamp),
            new WitnessedTree(Origin, checkpoint.TreeSize, checkpoint.RootHash, request.SignedCheckpoint));
    }
}
