using System.Data;
using System.Text.Json;
using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Time;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Sources;
using EvidenceLedger.Server.Exporting.Bundle;
using Npgsql;
using NodaTime;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>
/// Takes an <see cref="IncidentSnapshot"/>: the read models and the streams, all read in one read-only
/// <c>REPEATABLE READ</c> transaction, so they are one state of the database however fast the incident is being corrected
/// (the inline projections commit with their events, so the views read are exactly what those events make).
/// </summary>
public sealed class SnapshotReader(LedgerEventStore store, IncidentQueries incidents, SourceQueries sources, IClock clock)
{
    /// <summary>The snapshot, or null when no such incident was recorded.</summary>
    /// <exception cref="IntegrityViolationException">The views read are not what replaying their events gives.</exception>
    public async Task<IncidentSnapshot?> TakeAsync(Guid incidentId, CancellationToken ct)
    {
        await using var connection = await store.DataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection)) await readOnly.ExecuteNonQueryAsync(ct);

        // The snapshot is taken by the first read; every event committed before it is in it, none committed after.
        var incident = await incidents.GetCurrentAsync(connection, incidentId, ct);
        var takenAt = LedgerInstant.Truncate(clock.GetCurrentInstant());
        if (incident is null) return null;

        var current = await sources.CurrentViewsAsync(SourceIds.Of(incident), connection, ct);
        var sourceDocuments = SourceIds.Of(incident).Where(current.ContainsKey).Select(id => SourceDocument.From(current[id])).ToList();

        var streamId = EvidenceStreams.Incident(incidentId);
        var incidentEvents = await ReadAsync(connection, streamId, incident.Version, ct);
        var sourceStreams = new List<(string, IReadOnlyList<StoredEvent>)>();
        foreach (var source in sourceDocuments)
            sourceStreams.Add((EvidenceStreams.Source(source.Id), await ReadAsync(connection, EvidenceStreams.Source(source.Id), source.Version, ct)));

        var replayed = ViewReplay.Replay(streamId, incidentEvents, sourceStreams);
        if (ReplayMismatch(incident, sourceDocuments, replayed) is { } mismatch)
            throw new IntegrityViolationException($"Incident {incidentId} was not exported: {mismatch}.");
        return new IncidentSnapshot(incident, sourceDocuments, streamId, incidentEvents, sourceStreams, replayed, takenAt);
    }

    private static async Task<IReadOnlyList<StoredEvent>> ReadAsync(NpgsqlConnection connection, string streamId, long version, CancellationToken ct)
    {
        var events = new List<StoredEvent>();
        await foreach (var stored in LedgerEventStore.ReadStreamAsync(connection, streamId, ReadLimit.ToVersion(version), ct)) events.Add(stored);
        return events;
    }

    /// <summary>Where the views replayed from the events read differ from the views read, or null when they are exactly them.</summary>
    private static string? ReplayMismatch(IncidentDocument incident, IReadOnlyList<SourceDocument> sources,
        (IncidentDocument Incident, IReadOnlyList<SourceDocument> Sources) replayed)
    {
        var difference = JsonDifference.First(Views(incident, sources), Views(replayed.Incident, replayed.Sources));
        return difference is null ? null : $"its read view has {difference.Expected} at {difference.Path}, its events replay to {difference.Actual}";
    }

    private static JsonElement Views(IncidentDocument incident, IReadOnlyList<SourceDocument> sources) =>
        BundleJson.Element(new { incident, sources });
}
