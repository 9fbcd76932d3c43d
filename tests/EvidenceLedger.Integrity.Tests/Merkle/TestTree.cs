using System.Text;
using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Integrity.Tests.Merkle;

/// <summary>A tree of <c>size</c> leaves "evidence-0", "evidence-1", … appended through <see cref="MerkleAppender"/> into a fresh store.</summary>
internal sealed class TestTree
{
    private TestTree(List<byte[]> leaves, InMemoryMerkleNodeStore store, MerkleAppender appender)
    {
        Leaves = leaves;
        Store = store;
        Appender = appender;
    }

    public List<byte[]> Leaves { get; }

    public InMemoryMerkleNodeStore Store { get; }

    public MerkleAppender Appender { get; }

    public static byte[] LeafData(int index) => Encoding.UTF8.GetBytes($"evidence-{index}");

    public static TestTree Build(int size) => Build(Enumerable.Range(0, size).Select(LeafData));

    public static TestTree Build(IEnumerable<byte[]> leafData)
    {
        var leaves = leafData.ToList();
        var store = new InMemoryMerkleNodeStore();
        var appender = new MerkleAppender();
        foreach (var leaf in leaves)
        {
            store.Add(appender.Append(MerkleHash.Leaf(leaf)));
        }

        return new TestTree(leaves, store, appender);
    }

    public byte[] LeafHash(int index) => MerkleHash.Leaf(Leaves[index]);

    public List<byte[]> Prefix(int size) => Leaves.Take(size).ToList();
}
