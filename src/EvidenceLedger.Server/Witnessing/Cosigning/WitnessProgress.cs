using NodaTime;

namespace EvidenceLedger.Server.Witnessing.Cosigning;

/// <summary>
/// What the ledger knows of one witness: the size it last cosigned (null until learned), the largest checkpoint whose
/// cosignature the ledger stored, and the outcome of the last request (e.g. a refusal: the witness saw another history).
/// </summary>
public sealed record WitnessProgress(ConfiguredWitness Witness, long? WitnessedSize, long CosignedSize, string? LastOutcome, int? LastStatus, Instant NextAttempt)
{
    public static WitnessProgress Initial(ConfiguredWitness witness) => new(witness, null, 0, null, null, Instant.MinValue);
}
