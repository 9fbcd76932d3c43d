using System.Globalization;
using System.Text.Json;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Server.Exporting.Bundle;
using EvidenceLedger.Server.Exporting.Recording;

namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>
/// export-event.json: the ledger's <c>incident_exported</c> event for this incident, its hash recomputed from its fields,
/// its leaf proven in export-checkpoint.txt (which must be signed after it), and that checkpoint's tree proven to extend
/// checkpoint.txt's.
/// </summary>
internal static class ExportEventCheck
{
    private const string File = BundlePaths.ExportEvent;

    public sealed record Proven(ExportedEvent Event, IncidentExported Data, Checkpoint Checkpoint);

    /// <param name="leavesSeen">The stream events' leaves: the export event's must be another.</param>
    public static Proven Run(BundleFiles files, ExportDescription description, Checkpoint streamsCheckpoint, Checkpoint exportCheckpoint, IReadOnlySet<long> leavesSeen)
    {
        var record = BundleDocuments.Read<ExportEventFile>(files, File);
        if (record.Checkpoint != BundlePaths.ExportCheckpoint)
            throw Fail("checkpoint", $"the export event must be proven against {BundlePaths.ExportCheckpoint}, not '{record.Checkpoint}'.");

        var exported = record.Event;
        var expectedStream = ExportStreams.For(description.IncidentId);
        if (exported.Type != ExportStreams.Exported) throw Fail("event.type", $"the event is a '{exported.Type}', not the ledger's '{ExportStreams.Exported}'.");
        if (exported.StreamId != expectedStream) throw Fail("event.streamId", $"the event is of stream {exported.StreamId}, not {expectedStream}.");
        if (exported.IsWithheld) throw Fail("event.withheld", "the export event is never withheld.");

        var hash = EventFieldsCheck.Hex(File, "event.hash", exported.Hash, "hash");
        byte[]? previous = null;
        if (exported.Version < 1) throw Fail("event.version", "versions start at 1.");
        if (exported.Version == 1 && exported.PreviousHash is not null) throw Fail("event.previousHash", "version 1 has no previous hash.");
        if (exported.Version > 1)
            previous = EventFieldsCheck.Hex(File, "event.previousHash", exported.PreviousHash ?? "null", "previousHash");
        EventFieldsCheck.RequireHash(File, "event", exported, previous, hash);

        var leaf = exported.LeafIndex.ToString(CultureInfo.InvariantCulture);
        if (exported.LeafIndex >= exportCheckpoint.TreeSize)
            throw new BundleFailureException(new BundleFailure(BundlePaths.ExportCheckpoint, null,
                $"the checkpoint is older than the export event: its tree of {exportCheckpoint.TreeSize.ToString(CultureInfo.InvariantCulture)} leaves cannot hold the export event's leaf {leaf}."));
        if (leavesSeen.Contains(exported.LeafIndex)) throw Fail($"event (leaf {leaf})", "a stream event of the bundle claims the same leaf.");
        EventFieldsCheck.RequireProof(File, $"event (leaf {leaf})", exported, hash, BundlePaths.ExportCheckpoint, exportCheckpoint.TreeSize, exportCheckpoint.RootHash);

        RequireConsistency(record, streamsCheckpoint, exportCheckpoint);
        return new Proven(exported, Data(exported), exportCheckpoint);
    }

    private static void RequireConsistency(ExportEventFile record, Checkpoint from, Checkpoint to)
    {
        if (from.TreeSize > to.TreeSize)
            throw new BundleFailureException(new BundleFailure(BundlePaths.ExportCheckpoint, null,
                $"its tree of {to.TreeSize.ToString(CultureInfo.InvariantCulture)} leaves is older than {BundlePaths.Checkpoint}'s of {from.TreeSize.ToString(CultureInfo.InvariantCulture)}."));
        var proof = EventFieldsCheck.Base64Hashes(File, "consistencyProof", record.ConsistencyProof, "consistency proof");
        var result = MerkleProofVerifier.VerifyConsistency(from.TreeSize, to.TreeSize, from.RootHash, to.RootHash, proof);
        if (!result.IsValid)
            throw Fail("consistencyProof", $"it does not prove that {BundlePaths.ExportCheckpoint}'s tree extends {BundlePaths.Checkpoint}'s: {result.Failure}");
    }

    private static IncidentExported Data(ExportedEvent exported)
    {
        try
        {
            return exported.Data!.Value.Deserialize<IncidentExported>(BundleJson.Strict) ?? throw Fail("event.data", "the data is null.");
        }
        catch (JsonException e)
        {
            throw Fail($"event.data{e.Path?.TrimStart('$')}", $"the data is not an {ExportStreams.Exported} record: {e.Message}");
        }
    }

    private static BundleFailureException Fail(string location, string problem) => new(new BundleFailure(File, location, problem));
}
