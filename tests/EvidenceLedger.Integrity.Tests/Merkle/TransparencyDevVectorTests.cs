using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Integrity.Tests.Support;

namespace EvidenceLedger.Integrity.Tests.Merkle;

/// <summary>Vectors of github.com/transparency-dev/merkle proof/verify_test.go (from Trillian's RFC 6962 tests).</summary>
public sealed class TransparencyDevVectorTests
{
    private static readonly byte[][] Leaves =
    [
        [],
        [0x00],
        [0x10],
        [0x20, 0x21],
        [0x30, 0x31],
        [0x40, 0x41, 0x42, 0x43],
        [0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57],
        [0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f],
    ];

    private static readonly string[] Roots =
    [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ];

    private static readonly TestTree Tree = TestTree.Build(Leaves);

    [Fact]
    public async Task Roots_of_every_prefix_match_the_published_values()
    {
        for (var size = 1; size <= Roots.Length; size++)
        {
            Assert.Equal(Roots[size - 1], Hex.Of(await MerkleProofs.RootAsync(Tree.Store, size, CancellationToken.None)));
        }
    }

    [Fact]
    public void The_appender_reports_the_published_root_after_each_leaf()
    {
        var appender = new MerkleAppender();
        foreach (var (leaf, root) in Leaves.Zip(Roots))
        {
            appender.Append(MerkleHash.Leaf(leaf));
            Assert.Equal(root, Hex.Of(appender.Root()));
        }
    }

    [Theory]
    [InlineData(0, 1, "")]
    [InlineData(0, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e 6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")]
    [InlineData(5, 8, "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0 d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")]
    [InlineData(2, 3, "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")]
    [InlineData(1, 5, "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")]
    public async Task Inclusion_proofs_match_the_published_paths_and_verify(int leafIndex, int treeSize, string expected)
    {
        var proof = await MerkleProofs.InclusionProofAsync(Tree.Store, leafIndex, treeSize, CancellationToken.None);

        Assert.Equal(Split(expected), proof.Select(h => Hex.Of(h)));
        Assert.True(MerkleProofVerifier.VerifyInclusion(leafIndex, treeSize, Tree.LeafHash(leafIndex), proof, Hex.Bytes(Roots[treeSize - 1])).IsValid);
    }

    [Theory]
    [InlineData(1, 1, "")]
    [InlineData(1, 8, "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7 5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e 6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")]
    [InlineData(6, 8, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0 d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")]
    [InlineData(2, 5, "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")]
    [InlineData(6, 7, "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")]
    public async Task Consistency_proofs_match_the_published_proofs_and_verify(int oldSize, int newSize, string expected)
    {
        var proof = await MerkleProofs.ConsistencyProofAsync(Tree.Store, oldSize, newSize, CancellationToken.None);

        Assert.Equal(Split(expected), proof.Select(h => Hex.Of(h)));
        Assert.True(MerkleProofVerifier.VerifyConsistency(oldSize, newSize, Hex.Bytes(Roots[oldSize - 1]), Hex.Bytes(Roots[newSize - 1]), proof).IsValid);
    }

    [Theory]
    [InlineData(0, 8)]
    [InlineData(5, 8)]
    [InlineData(2, 3)]
    [InlineData(1, 5)]
    public async Task Inclusion_proofs_corrupted_as_in_the_reference_tests_fail(int leafIndex, int treeSize)
    {
        var proof = (await MerkleProofs.InclusionProofAsync(Tree.Store, leafIndex, treeSize, CancellationToken.None)).ToList();
        var root = Hex.Bytes(Roots[treeSize - 1]);
        var leaf = Tree.LeafHash(leafIndex);
        var someHash = Hex.Bytes("abacaba000000000000000000000000000000000000000000060061e00123456");

        List<(long Index, long Size, byte[] Leaf, byte[] Root, List<byte[]> Proof, string Name)> probes =
        [
            (leafIndex - 1, treeSize, leaf, root, proof, "index - 1"),
            (leafIndex + 1, treeSize, leaf, root, proof, "index + 1"),
            (leafIndex ^ 2, treeSize, leaf, root, proof, "index ^ 2"),
            (leafIndex, treeSize * 2, leaf, root, proof, "size * 2"),
            (leafIndex, treeSize / 2, leaf, root, proof, "size / 2"),
            (leafIndex, treeSize, MerkleHash.Leaf("WrongLeaf"u8), root, proof, "wrong leaf"),
            (leafIndex, treeSize, leaf, MerkleHash.EmptyRoot(), proof, "empty root"),
            (leafIndex, treeSize, leaf, someHash, proof, "random root"),
            (leafIndex, treeSize, leaf, root, [.. proof, root], "trailing root"),
            (leafIndex, treeSize, leaf, root, [root, .. proof], "preceding root"),
            (leafIndex, treeSize, leaf, root, [.. proof, []], "trailing garbage"),
            (leafIndex, treeSize, leaf, root, proof[..^1], "removed component"),
            (leafIndex, treeSize, leaf, root, [proof[0], someHash, .. proof[1..]], "inserted component"),
        ];

        foreach (var probe in probes)
        {
            Assert.False(MerkleProofVerifier.VerifyInclusion(probe.Index, probe.Size, probe.Leaf, probe.Proof, probe.Root).IsValid, probe.Name);
        }
    }

    [Theory]
    [InlineData(1, 8)]
    [InlineData(6, 8)]
    [InlineData(2, 5)]
    [InlineData(6, 7)]
    public async Task Consistency_proofs_corrupted_as_in_the_reference_tests_fail(int oldSize, int newSize)
    {
        var proof = (await MerkleProofs.ConsistencyProofAsync(Tree.Store, oldSize, newSize, CancellationToken.None)).ToList();
        var oldRoot = Hex.Bytes(Roots[oldSize - 1]);
        var newRoot = Hex.Bytes(Roots[newSize - 1]);
        var wrongRoot = MerkleHash.Leaf("WrongRoot"u8);

        List<(long OldSize, long NewSize, byte[] OldRoot, byte[] NewRoot, List<byte[]> Proof, string Name)> probes =
        [
            (oldSize - 1, newSize, oldRoot, newRoot, proof, "old size - 1"),
            (oldSize + 1, newSize, oldRoot, newRoot, proof, "old size + 1"),
            (oldSize ^ 2, newSize, oldRoot, newRoot, proof, "old size ^ 2"),
            (oldSize, newSize * 2, oldRoot, newRoot, proof, "new size * 2"),
            (oldSize, newSize / 2, oldRoot, newRoot, proof, "new size / 2"),
            (oldSize, newSize, wrongRoot, newRoot, proof, "wrong old root"),
            (oldSize, newSize, oldRoot, wrongRoot, proof, "wrong new root"),
            (oldSize, newSize, newRoot, oldRoot, proof, "swapped roots"),
            (oldSize, newSize, oldRoot, newRoot, [], "empty proof"),
            (oldSize, newSize, oldRoot, newRoot, [.. proof, oldRoot], "trailing old root"),
            (oldSize, newSize, oldRoot, newRoot, [.. proof, newRoot], "trailing new root"),
            (oldSize, newSize, oldRoot, newRoot, [oldRoot, .. proof], "preceding old root"),
            (oldSize, newSize, oldRoot, newRoot, [newRoot, .. proof], "preceding new root"),
            (oldSize, newSize, oldRoot, newRoot, [proof[0], .. proof], "preceding proof[0]"),
            (oldSize, newSize, oldRoot, newRoot, proof[..^1], "truncated proof"),
        ];

        foreach (var probe in probes)
        {
            Assert.False(MerkleProofVerifier.VerifyConsistency(probe.OldSize, probe.NewSize, probe.OldRoot, probe.NewRoot, probe.Proof).IsValid, probe.Name);
        }
    }

    private static string[] Split(string hashes) => hashes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
