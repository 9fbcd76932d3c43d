using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Integrity.Tests.Support;

namespace EvidenceLedger.Integrity.Tests.Merkle;

public sealed class MerkleHashTests
{
    [Fact]
    public void The_empty_tree_root_is_the_SHA256_of_the_empty_string() =>
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Hex.Of(MerkleHash.EmptyRoot()));

    [Fact]
    public void A_leaf_hash_is_SHA256_over_a_zero_byte_and_the_leaf() =>
        Assert.Equal("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d", Hex.Of(MerkleHash.Leaf([])));

    [Fact]
    public void A_node_hash_is_SHA256_over_a_one_byte_and_both_children()
    {
        var root = MerkleHash.Node(MerkleHash.Leaf([]), MerkleHash.Leaf([0x00]));

        Assert.Equal("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125", Hex.Of(root));
    }

    [Fact]
    public void A_node_cannot_be_built_from_a_child_that_is_not_a_32_byte_hash() =>
        Assert.Throws<ArgumentException>(() => MerkleHash.Node(new byte[31], new byte[32]));
}
