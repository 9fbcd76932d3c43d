using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EvidenceLedger.EventStore.Hashing;
using EvidenceLedger.EventStore.Time;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Tests.Exporting.Support;

/// <summary>
/// What a forger without the ledger's signing key does after altering a bundle: re-chains every stream, builds a Merkle
/// tree of their own over its events and the export event, re-records the export event to match the altered files, signs
/// both checkpoints with a key of their own under the ledger's name, and recomputes the manifest. The result is
/// internally consistent; only a pinned key can tell.
/// </summary>
public static class BundleForgery
{
    /// <param name="alterRecord">A last change to the export event's data before it is hashed and proven, e.g. to leave a custody field unmatched.</param>
    /// <returns>The forger's key.</returns>
    public static async Task<NoteSigner> ForgeAsync(BundleZipFiles copy, Action<JsonNode>? alterRecord = null)
    {
        var origin = copy.Text(BundlePaths.Checkpoint).Split('\n')[0];
        var forger = NoteSigner.Generate(origin);
        copy.ReplaceText(BundlePaths.PublicKey, forger.VerifierKey + "\n")
            .ReplaceJson(BundlePaths.Description, json =>
            {
                json["publicKey"]!["verifierKey"] = forger.VerifierKey;
                json["publicKey"]!["keyId"] = forger.KeyId.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
            });

        var streamPaths = copy.Json(BundlePaths.Description)["streams"]!.AsArray().Select(s => s!["file"]!.GetValue<string>()).ToList();
        var streams = streamPaths.ToDictionary(path => path, path => copy.Json(path));
        foreach (var stream in streams.Values) Rechain(stream["events"]!.AsArray());

        // The forger's tree: the bundle's events in their old order, then the export event.
        var events = streams.Values.SelectMany(stream => stream["events"]!.AsArray()).OrderBy(e => e!["leafIndex"]!.GetValue<long>()).ToList();
        var store = new InMemoryMerkleNodeStore();
        var tree = new MerkleAppender();
        for (var i = 0; i < events.Count; i++)
        {
            events[i]!["leafIndex"] = (long)i;
            store.Add(tree.Append(MerkleHash.Leaf(Convert.FromHexString(events[i]!["hash"]!.GetValue<string>()))));
        }
        var size = (long)events.Count;
        var root = tree.Root();
        var proofs = await MerkleProofs.InclusionProofsAsync(store, [.. Enumerable.Range(0, events.Count).Select(i => (long)i)], size, CancellationToken.None);
        for (var i = 0; i < events.Count; i++) events[i]!["inclusionProof"] = Base64Array(proofs[i]);

        foreach (var (path, stream) in streams) copy.Replace(path, Encoding.UTF8.GetBytes(stream.ToJsonString(BundleJson.Options)));
        copy.ReplaceText(BundlePaths.Checkpoint, forger.SignCheckpoint(new Checkpoint(origin, size, root)))
            .ReplaceJson(BundlePaths.Description, json =>
            {
                json["checkpoint"]!["treeSize"] = size;
                json["checkpoint"]!["rootHash"] = Convert.ToBase64String(root);
            })
            .DescribeStreamsAsTheyAre();

        var record = copy.Json(BundlePaths.ExportEvent);
        var exported = record["event"]!;
        var data = exported["data"]!;
        data["checkpoint"] = new JsonObject { ["treeSize"] = size, ["rootHash"] = Convert.ToBase64String(root) };
        data["eventCount"] = events.Count;
        data["streams"] = new JsonArray([.. streamPaths.Select(path =>
        {
            var last = streams[path]["events"]!.AsArray()[^1]!;
            return (JsonNode)new JsonObject
            {
                ["streamId"] = streams[path]["streamId"]!.GetValue<string>(),
                ["version"] = last["version"]!.GetValue<long>(),
                ["hash"] = last["hash"]!.GetValue<string>(),
                ["leafIndex"] = last["leafIndex"]!.GetValue<long>(),
            };
        })]);
        data["files"] = new JsonArray([.. copy.Files.Where(file => !BundlePaths.NotRecorded.Contains(file.Key)).OrderBy(file => file.Key, StringComparer.Ordinal)
            .Select(file => (JsonNode)new JsonObject { ["path"] = file.Key, ["sha256"] = Sha256Manifest.Hex(file.Value) })]);
        alterRecord?.Invoke(data);
        Rehash(exported, exported["previousHash"]?.GetValue<string>() is { } previous ? Convert.FromHexString(previous) : []);

        exported["leafIndex"] = size;
        store.Add(tree.Append(MerkleHash.Leaf(Convert.FromHexString(exported["hash"]!.GetValue<string>()))));
        exported["inclusionProof"] = Base64Array(await MerkleProofs.InclusionProofAsync(store, size, size + 1, CancellationToken.None));
        record["consistencyProof"] = Base64Array(await MerkleProofs.ConsistencyProofAsync(store, size, size + 1, CancellationToken.None));
        copy.Replace(BundlePaths.ExportEvent, Encoding.UTF8.GetBytes(record.ToJsonString(BundleJson.Options)))
            .ReplaceText(BundlePaths.ExportCheckpoint, forger.SignCheckpoint(new Checkpoint(origin, size + 1, tree.Root())))
            .RecomputeManifest();
        return forger;
    }

    /// <summary>Recomputes every disclosed event's canonical body and hash from its fields, linking each to the one before.</summary>
    private static void Rechain(JsonArray events)
    {
        byte[] previous = [];
        foreach (var e in events)
        {
            var stated = e!["previousHash"]?.GetValue<string>();
            if (e["withheld"] is not null)
            {
                // Its content is not at hand, so its hash cannot be recomputed: the chain must reach it unchanged.
                Assert.Equal(previous.Length == 0 ? null : Convert.ToHexStringLower(previous), stated);
            }
            else
            {
                e["previousHash"] = previous.Length == 0 ? null : Convert.ToHexStringLower(previous);
                Rehash(e, previous);
            }
            previous = Convert.FromHexString(e["hash"]!.GetValue<string>());
        }
    }

    private static void Rehash(JsonNode e, byte[] previous)
    {
        var body = EventBody.Canonical(e["eventId"]!.GetValue<Guid>(), e["streamId"]!.GetValue<string>(), e["type"]!.GetValue<string>(),
            JsonDocument.Parse(e["data"]!.ToJsonString()).RootElement, e["actor"]!.GetValue<string>(),
            LedgerInstant.Pattern.Parse(e["recordedAt"]!.GetValue<string>()).Value, e["correlationId"]!.GetValue<Guid>(),
            e["causationId"]?.GetValue<Guid>(), e["reason"]?.GetValue<string>());
        e["canonicalBody"] = Encoding.UTF8.GetString(body);
        e["hash"] = Convert.ToHexStringLower(EventHash.Compute(previous, e["version"]!.GetValue<long>(), body));
    }

    private static JsonArray Base64Array(IEnumerable<byte[]> hashes) => new([.. hashes.Select(hash => (JsonNode)Convert.ToBase64String(hash))]);
}
