using System.Text;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Integrity.Tests.Merkle;
using EvidenceLedger.Integrity.Witnessing;

namespace EvidenceLedger.Integrity.Tests.Witnessing;

/// <summary>A log's key with trees of any size, and from some size on a rewritten history: signed checkpoints and add-checkpoint requests over them.</summary>
internal sealed class WitnessedLog(string origin = "ledger.test/evidence")
{
    public NoteSigner Key { get; } = NoteSigner.Generate(origin);

    public NoteVerifier Verifier => new(Key.VerifierKey);

    public string Checkpoint(int size, int rewrittenFrom = int.MaxValue) => Key.SignCheckpoint(new Checkpoint(Key.KeyName, size, Tree(size, rewrittenFrom).Appender.Root()));

    public AddCheckpointRequest Request(int oldSize, int size, int rewrittenFrom = int.MaxValue)
    {
        var proof = oldSize == 0 || oldSize == size
            ? []
            : MerkleProofs.ConsistencyProofAsync(Tree(size, rewrittenFrom).Store, oldSize, size, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return new AddCheckpointRequest(oldSize, proof, Checkpoint(size, rewrittenFrom));
    }

    private static TestTree Tree(int size, int rewrittenFrom) =>
        TestTree.Build(Enumerable.Range(0, size).Select(i => i < rewrittenFrom ? TestTree.LeafData(i) : Encoding.UTF8.GetBytes($"rewritten-{i}")));
}
