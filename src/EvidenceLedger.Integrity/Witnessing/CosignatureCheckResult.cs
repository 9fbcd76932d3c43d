namespace EvidenceLedger.Integrity.Witnessing;

/// <summary>
/// The outcome of <see cref="CosignatureCheck"/>: the trusted witnesses whose cosignatures verify, those whose lines do
/// not, and whether <see cref="Threshold"/> distinct witnesses cosigned. <see cref="NoteError"/> is set when the note
/// itself is malformed (then no witness cosigned it).
/// </summary>
public sealed record CosignatureCheckResult(
    string? CheckpointText,
    IReadOnlyList<WitnessCosignature> Cosigned,
    IReadOnlyList<WitnessRejection> Rejected,
    int Threshold,
    string? NoteError)
{
    public bool ThresholdMet => NoteError is null && Cosigned.Count >= Threshold;

    internal static CosignatureCheckResult Malformed(int threshold, string error) => new(null, [], [], threshold, error);
}

/// <summary>A trusted witness that validly cosigned, and when (POSIX seconds; the latest if it cosigned more than once).</summary>
public sealed record WitnessCosignature(WitnessVerifierKey Witness, ulong Timestamp);

/// <summary>A trusted witness whose signature line is on the note but does not verify.</summary>
public sealed record WitnessRejection(WitnessVerifierKey Witness, string Reason);
