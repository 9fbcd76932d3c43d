using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Sources;
using NodaTime;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>
/// One consistent reading of an incident: its current view and its sources' as the API shows them, every event of its
/// stream and of theirs up to exactly those views' versions, all read in one database snapshot, and the instant that snapshot was taken.
/// </summary>
/// <param name="Replayed">The incident and its sources as replaying exactly these events gives them: the bundle's as-of-export view.</param>
public sealed record IncidentSnapshot(
    IncidentDocument Incident,
    IReadOnlyList<SourceDocument> Sources,
    string IncidentStreamId,
    IReadOnlyList<StoredEvent> IncidentEvents,
    IReadOnlyList<(string StreamId, IReadOnlyList<StoredEvent> Events)> SourceStreams,
    (IncidentDocument Incident, IReadOnlyList<SourceDocument> Sources) Replayed,
    Instant TakenAt)
{
    public IEnumerable<(string StreamId, IReadOnlyList<StoredEvent> Events)> Streams =>
        SourceStreams.Prepend((IncidentStreamId, IncidentEvents));

    public IEnumerable<StoredEvent> AllEvents => Streams.SelectMany(stream => stream.Events);
}
