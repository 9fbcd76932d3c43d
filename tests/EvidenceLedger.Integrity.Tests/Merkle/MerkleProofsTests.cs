using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Integrity.Tests.Merkle;

public sealed class MerkleProofsTests
{
    private const int SmallTreeLimit = 40;
    private static readonly TestTree SmallTree = TestTree.Build(SmallTreeLimit);

    [Fact]
    public async Task Roots_of_every_small_size_equal_the_RFC_tree_hash()
    {
        for (var size = 0; size <= SmallTreeLimit; size++)
        {
            Assert.Equal(NaiveMerkleTree.Mth(SmallTree.Prefix(size)), await MerkleProofs.RootAsync(SmallTree.Store, size, CancellationToken.None));
        }
    }

    [Fact]
    public async Task Every_inclusion_proof_in_small_trees_equals_the_RFC_path()
    {
        for (var size = 1; size <= SmallTreeLimit; size++)
        {
            var leaves = SmallTree.Prefix(size);
            for (var index = 0; index < size; index++)
            {
                var proof = await MerkleProofs.InclusionProofAsync(SmallTree.Store, index, size, CancellationToken.None);
                Assert.Equal(NaiveMerkleTree.Path(index, leaves), proof);
            }
        }
    }

    [Fact]
    public async Task Every_consistency_proof_in_small_trees_equals_the_RFC_proof()
    {
        for (var newSize = 1; newSize <= SmallTreeLimit; newSize++)
        {
            var leaves = SmallTree.Prefix(newSize);
            for (var oldSize = 1; oldSize <= newSize; oldSize++)
            {
                var proof = await MerkleProofs.ConsistencyProofAsync(SmallTree.Store, oldSize, newSize, CancellationToken.None);
                Assert.Equal(NaiveMerkleTree.Proof(oldSize, leaves), proof);
            }
        }
    }

    [Fact]
    public async Task A_consistency_proof_from_the_empty_tree_is_empty() =>
        Assert.Empty(await MerkleProofs.ConsistencyProofAsync(SmallTree.Store, 0, 17, CancellationToken.None));

    [Fact]
    public async Task Proofs_are_fetched_in_one_batch_of_logarithmically_many_nodes()
    {
        const int size = 70_001;
        var tree = TestTree.Build(size);
        var maxNodes = (2 * (int)Math.Ceiling(Math.Log2(size))) + 2;

        foreach (var index in new[] { 0, 1, 4_097, 65_535, 65_536, 69_999, 70_000 })
        {
            var store = new CountingNodeStore(tree.Store);
            await MerkleProofs.InclusionProofAsync(store, index, size, CancellationToken.None);
            Assert.Equal((0, 1), (store.SingleLookups, store.BatchLookups));
            Assert.InRange(store.NodesRequested, 0, maxNodes);
        }

        foreach (var oldSize in new[] { 1, 3, 4_097, 65_535, 65_536, 65_537, 70_000 })
        {
            var store = new CountingNodeStore(tree.Store);
            await MerkleProofs.ConsistencyProofAsync(store, oldSize, size, CancellationToken.None);
            Assert.Equal((0, 1), (store.SingleLookups, store.BatchLookups));
            Assert.InRange(store.NodesRequested, 0, maxNodes);
        }
    }

    [Fact]
    public async Task Several_inclusion_proofs_come_from_one_batch_and_each_equals_the_RFC_path()
    {
        var leaves = SmallTree.Prefix(37);
        int[] indexes = [0, 11, 12, 36, 11];
        var store = new CountingNodeStore(SmallTree.Store);

        var proofs = await MerkleProofs.InclusionProofsAsync(store, [.. indexes.Select(index => (long)index)], 37, CancellationToken.None);

        Assert.Equal(indexes.Length, proofs.Count);
        for (var i = 0; i < indexes.Length; i++)
        {
            Assert.Equal(NaiveMerkleTree.Path(indexes[i], leaves), proofs[i]);
        }

        Assert.Equal((0, 1), (store.SingleLookups, store.BatchLookups));
    }

    [Fact]
    public async Task A_store_without_its_own_batch_lookup_yields_the_same_proofs()
    {
        var store = new SingleLookupNodeStore(SmallTree.Store);

        Assert.Equal(NaiveMerkleTree.Path(11, SmallTree.Prefix(37)), await MerkleProofs.InclusionProofAsync(store, 11, 37, CancellationToken.None));
        Assert.Equal(NaiveMerkleTree.Proof(11, SmallTree.Prefix(37)), await MerkleProofs.ConsistencyProofAsync(store, 11, 37, CancellationToken.None));
    }

    [Fact]
    public async Task A_proof_for_a_size_beyond_the_stored_tree_fails_loudly() =>
        await Assert.ThrowsAsync<KeyNotFoundException>(async () => await MerkleProofs.InclusionProofAsync(SmallTree.Store, 0, SmallTreeLimit + 1, CancellationToken.None));

    [Fact]
    public async Task An_inclusion_proof_for_a_leaf_outside_the_tree_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await MerkleProofs.InclusionProofAsync(SmallTree.Store, 5, 5, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await MerkleProofs.InclusionProofAsync(SmallTree.Store, -1, 5, CancellationToken.None));
    }

    [Fact]
    public async Task A_consistency_proof_towards_a_smaller_tree_is_refused() =>
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await MerkleProofs.ConsistencyProofAsync(SmallTree.Store, 6, 5, CancellationToken.None));
}
