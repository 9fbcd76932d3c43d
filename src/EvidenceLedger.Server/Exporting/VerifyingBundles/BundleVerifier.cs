using System.Globalization;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>
/// verify-bundle's checks, offline and in order — manifest, checkpoint signature, every stream's chain and every event's
/// inclusion proof, then the views replayed — stopping at the first failure and naming it precisely. Needs nothing but
/// the bundle (and, to pin it, the ledger's verifier key).
/// </summary>
public static class BundleVerifier
{
    public static BundleVerification Verify(byte[] zip, string? pinnedKey = null)
    {
        BundleFiles files;
        try
        {
            files = BundleFiles.FromZip(zip);
        }
        catch (BundleFailureException e)
        {
            return new BundleVerification([], e.Failure, null, null, null);
        }
        return Verify(files, pinnedKey);
    }

    /// <param name="pinnedKey">The ledger's verifier key as the checker obtained it; null to trust the bundle's own public-key.txt.</param>
    public static BundleVerification Verify(BundleFiles files, string? pinnedKey = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        var passed = new List<string>();
        string? trustedKey = null, trustedKeySource = null;
        try
        {
            passed.Add(ManifestCheck.Run(files));
            var description = Describe(files);

            var trusted = CheckpointCheck.ChooseKey(files, description, pinnedKey);
            trustedKey = $"{trusted.Key.KeyName}+{trusted.Key.KeyId.ToString("x8", CultureInfo.InvariantCulture)}";
            trustedKeySource = trusted.Source;
            var checkpoint = CheckpointCheck.Verify(files, description, trusted.Key);
            passed.Add($"checkpoint: signature by {trustedKey} verifies; tree of {checkpoint.TreeSize.ToString(CultureInfo.InvariantCulture)} leaves, root {Convert.ToBase64String(checkpoint.RootHash)}");

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
            var events = streams.Sum(stream => stream.Events.Count).ToString(CultureInfo.InvariantCulture);
            passed.Add($"chains: {streams.Count.ToString(CultureInfo.InvariantCulture)} streams, {events} events, versions dense from 1, every previous hash linked, "
                + $"every hash recomputed from its event's fields ({withheld.ToString(CultureInfo.InvariantCulture)} withheld events linked by hash alone)");
            passed.Add($"proofs: all {events} inclusion proofs lead to the checkpoint's root");

            passed.Add(ViewCheck.Run(files, description, streams));
        }
        catch (BundleFailureException e)
        {
            return new BundleVerification(passed, e.Failure, trustedKey, trustedKeySource, files.ZipSha256);
        }
        return new BundleVerification(passed, null, trustedKey, trustedKeySource, files.ZipSha256);
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

    private static BundleFailureException Fail(string location, string problem) => new(new BundleFailure(BundlePaths.Description, location, problem));
}
