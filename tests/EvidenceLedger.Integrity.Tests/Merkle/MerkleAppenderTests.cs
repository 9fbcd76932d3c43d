using System.Numerics;
using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Integrity.Tests.Support;

namespace EvidenceLedger.Integrity.Tests.Merkle;

public sealed class MerkleAppenderTests
{
    [Fact]
    public void Each_append_returns_the_leaf_and_every_subtree_it_completes_bottom_up()
    {
        var appender = new MerkleAppender();
        var created = Enumerable.Range(0, 8).Select(i => appender.Append(MerkleHash.Leaf(TestTree.LeafData(i))).Select(n => (n.Level, n.Index)).ToList()).ToList();

        Assert.Equal([(0, 0L)], created[0]);
        Assert.Equal([(0, 1L), (1, 0L)], created[1]);
        Assert.Equal([(0, 2L)], created[2]);
        Assert.Equal([(0, 3L), (1, 1L), (2, 0L)], created[3]);
        Assert.Equal([(0, 4L)], created[4]);
        Assert.Equal([(0, 5L), (1, 2L)], created[5]);
        Assert.Equal([(0, 6L)], created[6]);
        Assert.Equal([(0, 7L), (1, 3L), (2, 1L), (3, 0L)], created[7]);
    }

    [Fact]
    public async Task Every_stored_node_is_the_root_of_exactly_the_leaves_it_covers()
    {
        const int size = 100;
        var tree = TestTree.Build(size);
        var expectedCount = 0;

        for (var level = 0; 1 << level <= size; level++)
        {
            for (var index = 0; (index + 1) << level <= size; index++)
            {
                expectedCount++;
                var covered = tree.Leaves.Skip(index << level).Take(1 << level).ToList();
                Assert.Equal(NaiveMerkleTree.Mth(covered), await tree.Store.GetAsync(level, index, CancellationToken.None));
            }
        }

        Assert.Equal(expectedCount, tree.Store.Count);
    }

    [Fact]
    public void The_root_after_every_append_is_the_RFC_tree_hash_of_all_leaves_so_far()
    {
        var appender = new MerkleAppender();
        var leaves = new List<byte[]>();
        Assert.Equal(NaiveMerkleTree.Mth(leaves), appender.Root());

        for (var i = 0; i < 150; i++)
        {
            leaves.Add(TestTree.LeafData(i));
            appender.Append(MerkleHash.Leaf(leaves[^1]));
            Assert.Equal(NaiveMerkleTree.Mth(leaves), appender.Root());
        }
    }

    [Fact]
    public void The_frontier_has_one_complete_subtree_per_set_bit_of_the_size_largest_first()
    {
        var tree = TestTree.Build(22);

        Assert.Equal(BitOperations.PopCount(22), tree.Appender.Frontier.Count);
        Assert.Equal([(4, 0L), (2, 4L), (1, 10L)], tree.Appender.Frontier.Select(n => (n.Level, n.Index)));
    }

    [Fact]
    public async Task An_appender_restored_from_the_store_continues_exactly_like_the_original()
    {
        const int total = 77;
        foreach (var restoreAt in new[] { 0, 1, 2, 31, 32, 33, 63, 64, 76 })
        {
            var original = TestTree.Build(total);
            var partial = TestTree.Build(restoreAt);
            var restored = await MerkleAppender.RestoreAsync(partial.Store, restoreAt, CancellationToken.None);

            Assert.Equal(restoreAt, restored.Size);
            for (var i = restoreAt; i < total; i++)
            {
                partial.Store.Add(restored.Append(MerkleHash.Leaf(TestTree.LeafData(i))));
            }

            Assert.Equal(original.Appender.Root(), restored.Root());
            Assert.Equal(original.Store.Count, partial.Store.Count);
        }
    }

    [Fact]
    public void Restoring_with_the_wrong_number_of_frontier_hashes_is_refused() =>
        Assert.Throws<ArgumentException>(() => MerkleAppender.FromFrontier(3, [new byte[32]]));

    [Fact]
    public void A_leaf_hash_that_is_not_32_bytes_is_refused() =>
        Assert.Throws<ArgumentException>(() => new MerkleAppender().Append(TestTree.LeafData(0)));

    [Fact]
    public void The_store_refuses_to_overwrite_a_node_with_a_different_hash()
    {
        var store = new InMemoryMerkleNodeStore();
        store.Add([new MerkleNode(0, 0, MerkleHash.Leaf("a"u8))]);

        Assert.Throws<InvalidOperationException>(() => store.Add([new MerkleNode(0, 0, MerkleHash.Leaf("b"u8))]));
    }

    [Fact]
    public void Hashes_handed_out_cannot_be_used_to_alter_the_tree()
    {
        var tree = TestTree.Build(4);
        var root = tree.Appender.Root();

        tree.Appender.Root()[0] ^= 1;
        tree.Appender.Frontier[0].Hash[0] ^= 1;

        Assert.Equal(Hex.Of(root), Hex.Of(tree.Appender.Root()));
    }
}
