using System.Text;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Integrity.Witnessing;

namespace EvidenceLedger.Server.Tests.Witnessing.Support;

/// <summary>A log's key and its trees of any size, with from some size on a rewritten history: add-checkpoint request bodies over them.</summary>
internal sealed class SignedTrees(string origin = "ledger.test/evidence")
{
    public NoteSigner Key { get; } = NoteSigner.Generate(origin);

    public string Body(long oldSize, int size, int rewrittenFrom = int.MaxValue) => Request(oldSize, size, rewrittenFrom).Format();

    public AddCheckpointRequest Request(long oldSize, int size, int rewrittenFrom = int.MaxValue)
    {
        var (store, root) = Tree(size, rewrittenFrom);
        var proof = oldSize == 0 || oldSize >= size
            ? []
            : MerkleProofs.ConsistencyProofAsync(store, oldSize, size, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return new AddCheckpointRequest(oldSize, proof, Key.SignCheckpoint(new Checkpoint(Key.KeyName, size, root)));
    }

    private static (InMemoryMerkleNodeStore Store, byte[] Root) Tree(int size, int rewrittenFrom)
    {
        var store = new InMemoryMerkleNodeStore();
        var appender = new MerkleAppender();
        for (var i = 0; i < size; i++)
        {
            store.Add(appender.Append(MerkleHash.Leaf(Encoding.UTF8.GetBytes(i < rewrittenFrom ? $"evidence-{i}" : $"rewritten-{i}"))));
        }

        return (store, appender.Root());
    }
}
