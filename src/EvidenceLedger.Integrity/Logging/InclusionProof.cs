using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>
/// RFC 9162 §2.1.3 inclusion proof of leaf <see cref="LeafIndex"/> (the event <see cref="EventId"/>) in the tree of
/// <see cref="TreeSize"/> leaves, whose root is <see cref="RootHash"/>. <see cref="Hashes"/> run from the leaf upwards.
/// </summary>
public sealed record InclusionProof(long LeafIndex, long TreeSize, byte[] LeafHash, IReadOnlyList<byte[]> Hashes, Guid EventId, long Position, byte[] RootHash)
{
    public ProofResult Verify() => MerkleProofVerifier.VerifyInclusion(LeafIndex, TreeSize, LeafHash, Hashes, RootHash);
}
