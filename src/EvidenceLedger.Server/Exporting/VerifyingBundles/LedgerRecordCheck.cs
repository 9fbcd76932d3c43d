using System.Globalization;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Server.Exporting.Bundle;
using EvidenceLedger.Server.Exporting.Recording;

namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>
/// The bundle is exactly what the ledger's export event records: the same checkpoint, the same streams ending at the same
/// versions, and the same files with the same SHA-256. So no event (the last included), stream or file can be dropped,
/// added or changed, even by someone who recomputed the manifest.
/// </summary>
internal static class LedgerRecordCheck
{
    private const string Recorded = "the ledger's export event records";

    public static string Run(BundleFiles files, IReadOnlyList<ExportedStream> streams, Checkpoint checkpoint, IncidentExported recorded)
    {
        RequireCheckpoint(checkpoint, recorded.Checkpoint);
        RequireStreams(streams, recorded);
        RequireFiles(files, recorded.Files);
        return $"ledger record: the export event records exactly this checkpoint, these {Number(streams.Count)} streams up to their last versions, "
            + $"and these {Number(recorded.Files.Count)} files with their SHA-256";
    }

    private static void RequireCheckpoint(Checkpoint checkpoint, RecordedCheckpoint recorded)
    {
        var root = Convert.ToBase64String(checkpoint.RootHash);
        if (checkpoint.TreeSize != recorded.TreeSize || root != recorded.RootHash)
            throw Fail(BundlePaths.Checkpoint, null,
                $"it is the tree of {Number(checkpoint.TreeSize)} leaves with root {root}, but {Recorded} the tree of {Number(recorded.TreeSize)} leaves with root {recorded.RootHash}.");
    }

    private static void RequireStreams(IReadOnlyList<ExportedStream> streams, IncidentExported recorded)
    {
        var held = streams.ToDictionary(stream => stream.StreamId, StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stream in recorded.Streams)
        {
            if (!listed.Add(stream.StreamId)) throw Fail(BundlePaths.ExportEvent, "event.data.streams", $"{stream.StreamId} is listed twice.");
            if (!held.TryGetValue(stream.StreamId, out var bundled))
                throw Fail(BundlePaths.Stream(stream.StreamId), null, $"the bundle does not hold this stream, but {Recorded} it up to version {Number(stream.Version)}.");
            var last = bundled.Events[^1];
            if (last.Version != stream.Version || last.Hash != stream.Hash || last.LeafIndex != stream.LeafIndex)
                throw Fail(BundlePaths.Stream(stream.StreamId), null,
                    $"the stream ends at version {Number(last.Version)} (hash {last.Hash}, leaf {Number(last.LeafIndex)}), but {Recorded} it up to version {Number(stream.Version)} (hash {stream.Hash}, leaf {Number(stream.LeafIndex)}).");
        }
        if (streams.FirstOrDefault(stream => !listed.Contains(stream.StreamId)) is { } extra)
            throw Fail(BundlePaths.Stream(extra.StreamId), null, $"the bundle holds this stream, but {Recorded} no such stream.");
        if (!streams.Select(stream => stream.StreamId).SequenceEqual(recorded.Streams.Select(stream => stream.StreamId), StringComparer.Ordinal))
            throw Fail(BundlePaths.Description, "streams", $"it lists the streams in another order than {Recorded} them.");

        var events = streams.Sum(stream => stream.Events.Count);
        if (recorded.EventCount != events)
            throw Fail(BundlePaths.ExportEvent, "event.data.eventCount", $"it records {Number(recorded.EventCount)} events, the bundle's streams hold {Number(events)}.");
        if (recorded.IncidentVersion != streams[0].Events[^1].Version)
            throw Fail(BundlePaths.ExportEvent, "event.data.incidentVersion", $"it records version {Number(recorded.IncidentVersion)} of the incident, the bundle holds version {Number(streams[0].Events[^1].Version)}.");
    }

    private static void RequireFiles(BundleFiles files, IReadOnlyList<RecordedFile> recorded)
    {
        var expected = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in recorded)
        {
            if (BundlePaths.NotRecorded.Contains(file.Path)) throw Fail(BundlePaths.ExportEvent, "event.data.files", $"{file.Path} cannot be recorded in the export event.");
            if (!expected.TryAdd(file.Path, file.Sha256)) throw Fail(BundlePaths.ExportEvent, "event.data.files", $"{file.Path} is listed twice.");
        }

        var paths = files.Paths.Where(path => !BundlePaths.NotRecorded.Contains(path)).Union(expected.Keys).Order(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var held = files.TryGet(path, out var content);
            if (!expected.TryGetValue(path, out var sha256))
                throw Fail(path, null, $"the file is not among the files {Recorded}: it was added to the bundle.");
            if (!held) throw Fail(path, null, $"the bundle does not hold this file, but {Recorded} it with SHA-256 {sha256}.");
            var actual = Sha256Manifest.Hex(content);
            if (actual != sha256) throw Fail(path, null, $"its SHA-256 is {actual}, but {Recorded} {sha256}: the file was changed.");
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static BundleFailureException Fail(string file, string? location, string problem) => new(new BundleFailure(file, location, problem));
}
