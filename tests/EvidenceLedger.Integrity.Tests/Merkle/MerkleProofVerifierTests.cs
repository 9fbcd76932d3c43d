using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Integrity.Tests.Merkle;

public sealed class MerkleProofVerifierTests
{
    private static readonly byte[] LeafHash = MerkleHash.Leaf("data"u8);

    [Fact]
    public void In_a_one_leaf_tree_the_leaf_hash_is_the_root_and_the_proof_is_empty()
    {
        Assert.True(MerkleProofVerifier.VerifyInclusion(0, 1, LeafHash, [], LeafHash).IsValid);
        Assert.False(MerkleProofVerifier.VerifyInclusion(0, 1, LeafHash, [], MerkleHash.EmptyRoot()).IsValid);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(-1, 4)]
    public void An_index_outside_the_tree_fails_verification(long index, long size) =>
        Assert.False(MerkleProofVerifier.VerifyInclusion(index, size, LeafHash, [], LeafHash).IsValid);

    [Fact]
    public void Hashes_of_the_wrong_length_fail_verification()
    {
        Assert.False(MerkleProofVerifier.VerifyInclusion(0, 1, LeafHash.AsSpan(0, 31), [], LeafHash.AsSpan(0, 31)).IsValid);
        Assert.False(MerkleProofVerifier.VerifyConsistency(1, 1, LeafHash.AsSpan(0, 31), LeafHash.AsSpan(0, 31), []).IsValid);
    }

    [Fact]
    public void A_tree_is_consistent_with_itself_only_with_an_empty_proof_and_the_same_root()
    {
        Assert.True(MerkleProofVerifier.VerifyConsistency(5, 5, LeafHash, LeafHash, []).IsValid);
        Assert.False(MerkleProofVerifier.VerifyConsistency(5, 5, LeafHash, MerkleHash.EmptyRoot(), []).IsValid);
        Assert.False(MerkleProofVerifier.VerifyConsistency(5, 5, LeafHash, LeafHash, [LeafHash]).IsValid);
    }

    [Fact]
    public void The_empty_tree_is_consistent_with_any_tree_given_its_true_root_and_an_empty_proof()
    {
        Assert.True(MerkleProofVerifier.VerifyConsistency(0, 9, MerkleHash.EmptyRoot(), LeafHash, []).IsValid);
        Assert.False(MerkleProofVerifier.VerifyConsistency(0, 9, LeafHash, LeafHash, []).IsValid);
        Assert.False(MerkleProofVerifier.VerifyConsistency(0, 9, MerkleHash.EmptyRoot(), LeafHash, [LeafHash]).IsValid);
    }

    [Fact]
    public void A_tree_cannot_be_consistent_with_a_smaller_later_tree() =>
        Assert.False(MerkleProofVerifier.VerifyConsistency(2, 1, LeafHash, LeafHash, []).IsValid);

    [Fact]
    public void A_failed_verification_says_why()
    {
        var result = MerkleProofVerifier.VerifyInclusion(0, 2, LeafHash, [], LeafHash);

        Assert.Equal("The proof is shorter than the path to the root.", result.Failure);
    }
}
