using System.Text.Json;
using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Time;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Sources;
using EvidenceLedger.Server.Exporting.Bundle;
using NodaTime;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>
/// Takes an <see cref="IncidentSnapshot"/>. The read models and the streams are read separately, so a write landing in
/// between would make the exported views disagree with the exported events; the reading is repeated until nothing moved
/// and replaying the events gives exactly the views read.
/// </summary>
public sealed class SnapshotReader(LedgerEventStore store, IncidentQueries incidents, SourceQueries sources, IClock clock)
{
    private const int Attempts = 5;

    /// <summary>The snapshot, or null when no such incident was recorded.</summary>
    /// <exception cref="ExportConflictException">The incident or a source kept changing while it was read.</exception>
    public async Task<IncidentSnapshot?> TakeAsync(Guid incidentId, CancellationToken ct)
    {
        string? lastMismatch = null;
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var incident = await incidents.GetAsync(incidentId, ReadLimit.None, ct);
            if (incident is null) return null;

            var current = new List<SourceDocument>();
            foreach (var sourceId in SourceIds.Of(incident))
            {
                if (await sources.GetAsync(sourceId, ReadLimit.None, ct) is { } source) current.Add(source);
            }

            var streamId = EvidenceStreams.Incident(incidentId);
            var incidentEvents = await ReadAsync(streamId, incident.Version, ct);
            var sourceStreams = new List<(string, IReadOnlyList<StoredEvent>)>();
            foreach (var source in current)
                sourceStreams.Add((EvidenceStreams.Source(source.Id), await ReadAsync(EvidenceStreams.Source(source.Id), source.Version, ct)));
            var takenAt = LedgerInstant.Truncate(clock.GetCurrentInstant());

            lastMismatch = await MovedSinceAsync([(streamId, incidentEvents), .. sourceStreams], ct);
            if (lastMismatch is not null) continue;

            var replayed = ViewReplay.Replay(streamId, incidentEvents, sourceStreams);
            lastMismatch = ReplayMismatch(incident, current, replayed);
            if (lastMismatch is null) return new IncidentSnapshot(incident, current, streamId, incidentEvents, sourceStreams, replayed, takenAt);
        }
        throw new ExportConflictException($"Incident {incidentId} kept changing while it was being exported ({lastMismatch}); try again.");
    }

    private async Task<IReadOnlyList<StoredEvent>> ReadAsync(string streamId, long version, CancellationToken ct)
    {
        var events = new List<StoredEvent>();
        await foreach (var stored in store.ReadStreamAsync(streamId, ReadLimit.ToVersion(version), ct)) events.Add(stored);
        return events;
    }

    /// <summary>Why the streams read are no longer the latest (one grew after it was read), or null.</summary>
    private async Task<string?> MovedSinceAsync(IReadOnlyList<(string StreamId, IReadOnlyList<StoredEvent> Events)> streams, CancellationToken ct)
    {
        foreach (var (streamId, events) in streams)
        {
            var state = await store.FetchStreamStateAsync(streamId, ct);
            var read = events.Count == 0 ? 0 : events[^1].Version;
            if (state is null || state.Version != read) return $"{streamId} moved from version {read} to {state?.Version ?? 0}";
        }
        return null;
    }

    /// <summary>Where the views replayed from the events read differ from the views read, or null when they are exactly them.</summary>
    private static string? ReplayMismatch(IncidentDocument incident, IReadOnlyList<SourceDocument> sources,
        (IncidentDocument Incident, IReadOnlyList<SourceDocument> Sources) replayed)
    {
        var difference = JsonDifference.First(Views(incident, sources), Views(replayed.Incident, replayed.Sources));
        return difference is null ? null : $"the read view has {difference.Expected} at {difference.Path}, its events replay to {difference.Actual}";
    }

    private static JsonElement Views(IncidentDocument incident, IReadOnlyList<SourceDocument> sources) =>
        BundleJson.Element(new { incident, sources });
}
