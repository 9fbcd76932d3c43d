using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>
/// Replays the exported events through the domain's pure view builders and compares both exported views with the result.
/// Every source a claim relies on must be there to replay: a missing one fails, it is never skipped.
/// </summary>
internal static class ViewCheck
{
    public static string Run(BundleFiles files, ExportDescription description, IReadOnlyList<ExportedStream> streams)
    {
        var (incident, sources) = Replay(streams);
        RequireEverySource(incident, sources);
        Compare(files, BundlePaths.AsOfExportView, new ExportedView(ExportedView.AsOfExport, description.ExportedAt, incident, sources));
        Compare(files, BundlePaths.CurrentView, new ExportedView(ExportedView.Current, null, incident, sources));
        return $"views: replaying the events through the view builders gives exactly {BundlePaths.AsOfExportView} and {BundlePaths.CurrentView}";
    }

    private static (Evidence.Incidents.IncidentDocument, IReadOnlyList<Evidence.Sources.SourceDocument>) Replay(IReadOnlyList<ExportedStream> streams)
    {
        try
        {
            var incident = streams[0];
            return ViewReplay.Replay(incident.StreamId, Stored(incident),
                streams.Skip(1).Select(source => (source.StreamId, (IReadOnlyList<StoredEvent>)Stored(source))).ToList());
        }
        catch (ReplayFailedException failure)
        {
            throw new BundleFailureException(new BundleFailure(BundlePaths.Stream(failure.StreamId), $"event version {failure.Version}",
                $"the view builder cannot replay it: {failure.Reason}"));
        }
    }

    private static void RequireEverySource(Evidence.Incidents.IncidentDocument incident, IReadOnlyList<Evidence.Sources.SourceDocument> sources)
    {
        var replayed = sources.Select(source => source.Id).ToHashSet();
        if (SourceIds.Of(incident).Where(id => !replayed.Contains(id)).Select(id => (Guid?)id).FirstOrDefault() is { } missing)
            throw new BundleFailureException(new BundleFailure(BundlePaths.Stream(EvidenceStreams.Source(missing)), null,
                $"a claim of the incident relies on source {missing:D}, but the bundle holds no stream of it, so the views cannot be replayed."));
    }

    private static List<StoredEvent> Stored(ExportedStream stream) => stream.Events.Select(StoredEvents.From).ToList();

    private static void Compare(BundleFiles files, string path, ExportedView replayed)
    {
        var difference = JsonDifference.First(BundleDocuments.Element(files, path), BundleJson.Element(replayed));
        if (difference is not null)
            throw new BundleFailureException(new BundleFailure(path, difference.Path,
                $"the bundle has {difference.Expected}, but replaying its events gives {difference.Actual}."));
    }
}
