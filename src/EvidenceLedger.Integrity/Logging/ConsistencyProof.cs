using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>RFC 9162 §2.1.4 consistency proof that the tree of <see cref="FromSize"/> leaves is a prefix of the tree of <see cref="ToSize"/> leaves.</summary>
public sealed record ConsistencyProof(long FromSize, long ToSize, IReadOnlyList<byte[]> Hashes, byte[] FromRoot, byte[] ToRoot)
{
    public ProofResult Verify() => MerkleProofVerifier.VerifyConsistency(FromSize, ToSize, FromRoot, ToRoot, Hashes);
}
