using System.Security.Cryptography;

namespace EvidenceLedger.Integrity.Merkle;

/// <summary>
/// The proof verification algorithms of RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency), step for step.
/// Pure functions: no store, no I/O.
/// </summary>
public static class MerkleProofVerifier
{
    /// <summary>Checks that <paramref name="leafHash"/> is leaf <paramref name="leafIndex"/> of the tree of <paramref name="treeSize"/> leaves whose root is <paramref name="rootHash"/>.</summary>
    public static ProofResult VerifyInclusion(long leafIndex, long treeSize, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> rootHash)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (leafIndex < 0 || leafIndex >= treeSize)
        {
            return ProofResult.Invalid($"Leaf index {leafIndex} is outside a tree of size {treeSize}.");
        }

        if (leafHash.Length != MerkleHash.Size || rootHash.Length != MerkleHash.Size || proof.Any(p => p is not { Length: MerkleHash.Size }))
        {
            return ProofResult.Invalid("A hash does not have the SHA-256 length.");
        }

        var fn = leafIndex;
        var sn = treeSize - 1;
        var r = leafHash.ToArray();
        foreach (var p in proof)
        {
            if (sn == 0)
            {
                return ProofResult.Invalid("The proof is longer than the path to the root.");
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = MerkleHash.Node(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = MerkleHash.Node(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        if (sn != 0)
        {
            return ProofResult.Invalid("The proof is shorter than the path to the root.");
        }

        return CryptographicOperations.FixedTimeEquals(r, rootHash)
            ? ProofResult.Valid
            : ProofResult.Invalid("The proof does not lead to the root hash.");
    }

    /// <summary>
    /// Checks that the tree of <paramref name="oldSize"/> leaves with root <paramref name="oldRoot"/> is a prefix of the tree of
    /// <paramref name="newSize"/> leaves with root <paramref name="newRoot"/>. The cases RFC 9162 leaves outside PROOF
    /// (0 &lt; m &lt; n) need an empty proof: equal sizes need equal roots, and an empty old tree needs the empty-tree root.
    /// </summary>
    public static ProofResult VerifyConsistency(long oldSize, long newSize, ReadOnlySpan<byte> oldRoot, ReadOnlySpan<byte> newRoot, IReadOnlyList<byte[]> proof)
    {
        ArgumentNullException.ThrowIfNull(proof);
        if (oldSize < 0 || oldSize > newSize)
        {
            return ProofResult.Invalid($"Old size {oldSize} is not between 0 and the new size {newSize}.");
        }

        if (oldRoot.Length != MerkleHash.Size || newRoot.Length != MerkleHash.Size || proof.Any(p => p is not { Length: MerkleHash.Size }))
        {
            return ProofResult.Invalid("A hash does not have the SHA-256 length.");
        }

        if (oldSize == 0 || oldSize == newSize)
        {
            return VerifyTrivialConsistency(oldSize, oldRoot, newRoot, proof);
        }

        if (proof.Count == 0)
        {
            return ProofResult.Invalid("The proof is empty.");
        }

        var path = new List<byte[]>(proof.Count + 1);
        if ((oldSize & (oldSize - 1)) == 0)
        {
            path.Add(oldRoot.ToArray());
        }

        path.AddRange(proof);

        var fn = oldSize - 1;
        var sn = newSize - 1;
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }

        var fr = path[0];
        var sr = path[0];
        foreach (var c in path.Skip(1))
        {
            if (sn == 0)
            {
                return ProofResult.Invalid("The proof is longer than the path to the root.");
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                fr = MerkleHash.Node(c, fr);
                sr = MerkleHash.Node(c, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                sr = MerkleHash.Node(sr, c);
            }

            fn >>= 1;
            sn >>= 1;
        }

        if (sn != 0)
        {
            return ProofResult.Invalid("The proof is shorter than the path to the root.");
        }

        if (!CryptographicOperations.FixedTimeEquals(fr, oldRoot))
        {
            return ProofResult.Invalid("The proof does not lead to the old root hash.");
        }

        return CryptographicOperations.FixedTimeEquals(sr, newRoot)
            ? ProofResult.Valid
            : ProofResult.Invalid("The proof does not lead to the new root hash.");
    }

    private static ProofResult VerifyTrivialConsistency(long oldSize, ReadOnlySpan<byte> oldRoot, ReadOnlySpan<byte> newRoot, IReadOnlyList<byte[]> proof)
    {
        if (proof.Count != 0)
        {
            return ProofResult.Invalid("There is nothing to prove, yet the proof is not empty.");
        }

        if (oldSize == 0)
        {
            return CryptographicOperations.FixedTimeEquals(oldRoot, MerkleHash.EmptyRoot())
                ? ProofResult.Valid
                : ProofResult.Invalid("The old root is not the empty-tree hash.");
        }

        return CryptographicOperations.FixedTimeEquals(oldRoot, newRoot)
            ? ProofResult.Valid
            : ProofResult.Invalid("Trees of equal size have different roots.");
    }
}
