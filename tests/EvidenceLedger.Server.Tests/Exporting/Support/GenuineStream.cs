using EvidenceLedger.EventStore;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Server.Exporting.Building;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Tests.Exporting.Support;

/// <summary>A stream exactly as the ledger holds it, proven in the tree of a given size: what anyone with read access (or an older bundle) has at hand.</summary>
public static class GenuineStream
{
    public static async Task<ExportedStream> ProvenAsync(ExportServer server, string streamId, long treeSize)
    {
        var log = server.Get<MerkleLog>();
        var events = new List<ExportedEvent>();
        await foreach (var stored in server.Get<LedgerEventStore>().ReadStreamAsync(streamId))
        {
            var proof = await log.InclusionProofAsync(stored.EventId, treeSize);
            Assert.NotNull(proof);
            events.Add(EventExport.From(stored, new LeafProof(proof.LeafIndex, proof.Hashes)));
        }
        return ExportedStream.Of(streamId, events);
    }
}
