namespace EvidenceLedger.Integrity.Merkle;

/// <summary>Outcome of checking a Merkle proof: valid, or invalid with a human-readable reason.</summary>
public readonly record struct ProofResult(bool IsValid, string? Failure)
{
    public static ProofResult Valid { get; } = new(true, null);

    public static ProofResult Invalid(string failure) => new(false, failure);
}
