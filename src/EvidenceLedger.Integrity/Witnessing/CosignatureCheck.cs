using EvidenceLedger.Integrity.Checkpoints;

namespace EvidenceLedger.Integrity.Witnessing;

/// <summary>
/// Which trusted witnesses validly cosigned a signed note, and whether at least a threshold of them did. Signature lines
/// of other keys (the log's own, unknown witnesses) are ignored, as C2SP signed-note requires; a line that names a
/// trusted witness but does not verify counts as that witness's rejection, never as its cosignature. The log's own
/// signature is not checked here: verify it with the log's <see cref="NoteVerifier"/> as well.
/// </summary>
public static class CosignatureCheck
{
    public static CosignatureCheckResult Check(ReadOnlySpan<byte> signedNote, IEnumerable<WitnessVerifierKey> trustedWitnesses, int threshold)
    {
        string text;
        try
        {
            text = NoteText.StrictUtf8.GetString(signedNote);
        }
        catch (ArgumentException)
        {
            return CosignatureCheckResult.Malformed(threshold, "The note is not valid UTF-8.");
        }

        return Check(text, trustedWitnesses, threshold);
    }

    public static CosignatureCheckResult Check(string signedNote, IEnumerable<WitnessVerifierKey> trustedWitnesses, int threshold)
    {
        ArgumentNullException.ThrowIfNull(signedNote);
        ArgumentNullException.ThrowIfNull(trustedWitnesses);
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        if (!SignedNote.TryParse(signedNote, out var note, out var error))
        {
            return CosignatureCheckResult.Malformed(threshold, error);
        }

        var cosigned = new List<WitnessCosignature>();
        var rejected = new List<WitnessRejection>();
        foreach (var witness in trustedWitnesses.Distinct())
        {
            var lines = note.Signatures.Where(s => witness.IsKeyOf(s.KeyName, s.KeyId)).ToList();
            if (lines.Count == 0)
            {
                continue;
            }

            var valid = lines.Select(line => Cosignature.TryFrom(line, out var cosignature) && witness.Verifies(note.Text, cosignature!) ? cosignature : null).ToList();
            if (valid.Any(c => c is null))
            {
                rejected.Add(new WitnessRejection(witness, "Its cosignature does not verify over this checkpoint."));
            }
            else
            {
                cosigned.Add(new WitnessCosignature(witness, valid.Max(c => c!.Timestamp)));
            }
        }

        return new CosignatureCheckResult(note.Text, cosigned, rejected, threshold, null);
    }
}
