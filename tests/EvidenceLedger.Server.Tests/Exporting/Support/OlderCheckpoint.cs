using System.Net;
using System.Text.Json.Nodes;
using EvidenceLedger.EventStore;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Server.Exporting.Bundle;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Exporting.Support;

/// <summary>
/// A genuine checkpoint the ledger signed while an incident lacked its last correction, and a bundle exported after that
/// correction: what a tamperer needs to pass off a bundle without the correction under a checkpoint the ledger really signed.
/// </summary>
public sealed record OlderCheckpoint(ExportServer Server, StoredCheckpoint Checkpoint, byte[] Bundle)
{
    public static async Task<OlderCheckpoint> ExportAfterAsync(ExportServer server)
    {
        var incident = await server.DocumentAsync();
        var checkpoint = await SignCoveringAsync(server, $"incident-{incident.IncidentId}");
        await (await (await server.As(Role.Documenter)).PostJson($"/api/incidents/{incident.IncidentId}/claims/{incident.ClaimId}/corrections",
            new { statement = "On Wednesday 18 November, five IS members were killed in a gun battle in البوكمال", reason = "A later count" }))
            .Expect(HttpStatusCode.OK);
        return new OlderCheckpoint(server, checkpoint, await server.ExportAsync(incident.IncidentId));
    }

    /// <summary>Proves every event of the bundle against this checkpoint instead, and the export checkpoint consistent with it, as the ledger's read API would.</summary>
    public async Task ProveAgainstItAsync(BundleZipFiles copy)
    {
        var log = Server.Get<MerkleLog>();
        foreach (var path in copy.StreamPaths)
        {
            var stream = copy.Json(path);
            foreach (var e in stream["events"]!.AsArray())
            {
                var proof = await log.InclusionProofAsync(e!["leafIndex"]!.GetValue<long>(), Checkpoint.TreeSize);
                e["inclusionProof"] = new JsonArray([.. proof.Hashes.Select(hash => (JsonNode)Convert.ToBase64String(hash))]);
            }
            copy.Replace(path, System.Text.Encoding.UTF8.GetBytes(stream.ToJsonString(BundleJson.Options)));
        }

        var exportSize = long.Parse(copy.Text(BundlePaths.ExportCheckpoint).Split('\n')[1], System.Globalization.CultureInfo.InvariantCulture);
        var consistency = await log.ConsistencyProofAsync(Checkpoint.TreeSize, exportSize);
        copy.ReplaceText(BundlePaths.Checkpoint, Checkpoint.Note)
            .ReplaceJson(BundlePaths.Description, json =>
            {
                json["checkpoint"]!["treeSize"] = Checkpoint.TreeSize;
                json["checkpoint"]!["rootHash"] = Convert.ToBase64String(Checkpoint.RootHash);
            })
            .ReplaceJson(BundlePaths.ExportEvent, record =>
                record["consistencyProof"] = new JsonArray([.. consistency.Hashes.Select(hash => (JsonNode)Convert.ToBase64String(hash))]));
    }

    /// <summary>
    /// A checkpoint the ledger signs over every event stored so far: the incident's, and also its sources' (the last
    /// step of documenting it regrades a source, and the Merkle log may not have taken that in yet).
    /// </summary>
    private static async Task<StoredCheckpoint> SignCoveringAsync(ExportServer server, string streamId)
    {
        var last = (await server.Get<LedgerEventStore>().FetchStreamStateAsync(streamId))!;
        var events = new List<Guid>();
        await foreach (var stored in server.Get<LedgerEventStore>().ReadStreamAsync(streamId)) events.Add(stored.EventId);
        Assert.Equal(last.Version, events.Count);
        var everyEvent = new List<Guid>();
        await foreach (var stored in server.Get<LedgerEventStore>().ReadAllAsync()) everyEvent.Add(stored.EventId);
        while (true)
        {
            await server.Get<MerkleLogIntegrator>().CatchUpAsync();
            var leaves = await server.Get<MerkleLog>().FindLeavesAsync(everyEvent);
            var checkpoint = await server.Get<CheckpointSigner>().SignAsync();
            if (leaves.Count == everyEvent.Count && leaves.All(leaf => checkpoint.TreeSize > leaf.LeafIndex)) return checkpoint;
            await Task.Delay(50);
        }
    }
}
