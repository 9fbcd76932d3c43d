using System.Globalization;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>
/// verify-bundle's checks, offline and in order — manifest, both checkpoints' signatures, every stream's chain and every
/// event's inclusion proof, the ledger's export event and its proof, the bundle against what that event records, the
/// custody fields, the cited files against their events, then the views replayed — stopping at the first failure and naming it precisely. Needs nothing but
/// the bundle and the keys the checker trusts; without one, a bundle is at best internally consistent, never confirmed.
/// </summary>
public static class BundleVerifier
{
    public static BundleVerification Verify(byte[] zip, TrustedKeys trusted, RequiredWitnesses? witnesses = null)
    {
        BundleFiles files;
        try
        {
            files = BundleFiles.FromZip(zip);
        }
        catch (BundleFailureException e)
        {
            return new BundleVerification([], e.Failure, null, null);
        }
        return Verify(files, trusted, witnesses);
    }

    /// <param name="witnesses">Witnesses that must have cosigned the export's checkpoint; null or none for no such requirement.</param>
    public static BundleVerification Verify(BundleFiles files, TrustedKeys trusted, RequiredWitnesses? witnesses = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(trusted);
        var passed = new List<string>();
        BundleKey? bundleKey = null;
        try
        {
            passed.Add(ManifestCheck.Run(files));
            var description = Describe(files);

            var key = CheckpointCheck.ChooseKey(files, description, trusted);
            bundleKey = new BundleKey(TrustedKeys.Name(key), TrustedKeys.Fingerprint(key), !trusted.IsEmpty);
            var checkpoint = CheckpointCheck.VerifyStreamsCheckpoint(files, description, key);
            var exportCheckpoint = CheckpointCheck.Verify(files, BundlePaths.ExportCheckpoint, key);
            passed.Add($"checkpoints: signatures by {bundleKey.Name} verify; {BundlePaths.Checkpoint} is the tree of {Number(checkpoint.TreeSize)} leaves, "
                + $"root {Convert.ToBase64String(checkpoint.RootHash)}; {BundlePaths.ExportCheckpoint} the tree of {Number(exportCheckpoint.TreeSize)}");
            if (witnesses is { Keys.Count: > 0 }) passed.Add(WitnessCheck.Run(files, witnesses));

            var streams = new List<ExportedStream>();
            var leaves = new HashSet<long>();
            var withheld = 0;
            foreach (var described in description.Streams)
            {
                var file = BundlePaths.Stream(described.StreamId);
                var stream = BundleDocuments.Read<ExportedStream>(files, file);
                var check = new StreamCheck(file, stream, checkpoint, leaves);
                check.Run(described);
                withheld += check.Withheld;
                streams.Add(stream);
            }
            RequireEveryStreamDescribed(files, description);
            var events = Number(streams.Sum(stream => stream.Events.Count));
            passed.Add($"chains: {Number(streams.Count)} streams, {events} events, versions dense from 1, positions and leaves increasing with them, every previous hash linked, "
                + $"every hash recomputed from its event's fields ({Number(withheld)} withheld events from all but their payload, whose SHA-256 stands in for it)");
            passed.Add($"proofs: all {events} inclusion proofs lead to the root of {BundlePaths.Checkpoint}, no leaf claimed twice");

            var export = ExportEventCheck.Run(files, description, checkpoint, exportCheckpoint, leaves);
            passed.Add($"export event: its hash recomputed, leaf {Number(export.Event.LeafIndex)} proven in {BundlePaths.ExportCheckpoint}, which extends {BundlePaths.Checkpoint}");
            passed.Add(LedgerRecordCheck.Run(files, streams, checkpoint, export.Data));
            passed.Add(CustodyCheck.Run(description, export));
            passed.Add(CitedFilesCheck.Run(files, description, streams));
            passed.Add(ViewCheck.Run(files, description, streams));
        }
        catch (BundleFailureException e)
        {
            return new BundleVerification(passed, e.Failure, bundleKey, files.ZipSha256);
        }
        return new BundleVerification(passed, null, bundleKey, files.ZipSha256);
    }

    private static ExportDescription Describe(BundleFiles files)
    {
        var description = BundleDocuments.Read<ExportDescription>(files, BundlePaths.Description);
        if (description.Format != ExportDescription.CurrentFormat)
            throw Fail("format", $"'{description.Format}' is not a bundle format this tool knows ({ExportDescription.CurrentFormat}).");
        var incidentStream = EvidenceStreams.Incident(description.IncidentId);
        if (description.Streams.Count == 0 || description.Streams[0].StreamId != incidentStream || description.Streams[0].Kind != "incident")
            throw Fail("streams", $"the first stream must be the incident's own, {incidentStream}.");
        if (description.Streams.Skip(1).Any(stream => stream.Kind != "source" || !EvidenceStreams.IsSource(stream.StreamId)))
            throw Fail("streams", "every stream after the incident's must be a source's (source-{id}).");
        if (description.Streams.FirstOrDefault(stream => stream.File != BundlePaths.Stream(stream.StreamId)) is { } misplaced)
            throw Fail("streams", $"{misplaced.StreamId} must be in {BundlePaths.Stream(misplaced.StreamId)}, not {misplaced.File}.");
        if (description.Streams.Select(stream => stream.StreamId).Distinct(StringComparer.Ordinal).Count() != description.Streams.Count)
            throw Fail("streams", "a stream is listed twice.");
        return description;
    }

    private static void RequireEveryStreamDescribed(BundleFiles files, ExportDescription description)
    {
        var described = description.Streams.Select(stream => BundlePaths.Stream(stream.StreamId)).ToHashSet(StringComparer.Ordinal);
        var stray = files.Paths.Where(path => path.StartsWith("streams/", StringComparison.Ordinal) && !described.Contains(path)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (stray is not null) throw new BundleFailureException(new BundleFailure(stray, null, $"the stream file is not described in {BundlePaths.Description}."));
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static BundleFailureException Fail(string location, string problem) => new(new BundleFailure(BundlePaths.Description, location, problem));
}
