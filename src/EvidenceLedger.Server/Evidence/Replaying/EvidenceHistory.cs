using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.MartenStorage;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Evidence.Envelopes;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Server.Evidence.Common;
using JasperFx.Events;
using NodaTime;

namespace EvidenceLedger.Server.Evidence.Replaying;

/// <summary>
/// The evidence streams as Marten reads them back (<see cref="MartenHistory"/>): each event the domain's own type, with
/// what the store recorded around it, up to a version, an instant or a position. The deciders and view builders fold it.
/// </summary>
public sealed class EvidenceHistory(LedgerEventStore store)
{
    private readonly MartenHistory _marten = new(store.Marten);

    public async Task<IReadOnlyList<(IIncidentEvent Event, EventEnvelopeInfo Envelope)>> IncidentAsync(Guid incidentId, ReadLimit limit,
        CancellationToken ct = default) =>
        Typed<IIncidentEvent>(await _marten.ReadStreamAsync(EvidenceStreams.Incident(incidentId), limit, ct));

    public async Task<IReadOnlyList<(ISourceEvent Event, EventEnvelopeInfo Envelope)>> SourceAsync(Guid sourceId, ReadLimit limit,
        CancellationToken ct = default) =>
        Typed<ISourceEvent>(await _marten.ReadStreamAsync(EvidenceStreams.Source(sourceId), limit, ct));

    /// <summary>Every incident's events up to <paramref name="limit"/> (an instant or a position), in position order.</summary>
    public IAsyncEnumerable<(IIncidentEvent Event, EventEnvelopeInfo Envelope)> AllIncidentsAsync(ReadLimit limit, CancellationToken ct = default) =>
        TypedAsync<IIncidentEvent>(_marten.ReadStreamsAsync(EvidenceStreams.IncidentPrefix, limit, ct));

    /// <summary>Every source's events up to <paramref name="limit"/> (an instant or a position), in position order.</summary>
    public IAsyncEnumerable<(ISourceEvent Event, EventEnvelopeInfo Envelope)> AllSourcesAsync(ReadLimit limit, CancellationToken ct = default) =>
        TypedAsync<ISourceEvent>(_marten.ReadStreamsAsync(EvidenceStreams.SourcePrefix, limit, ct));

    /// <summary>What the store recorded around the event: actor (Marten's user name), instant, version, position and reason.</summary>
    public static EventEnvelopeInfo Envelope(IEvent e) =>
        new(e.UserName ?? string.Empty, Instant.FromDateTimeOffset(e.Timestamp), e.Version, e.Sequence,
            MartenHistory.Header(e, LedgerEventStore.ReasonHeader));

    private static List<(TEvent, EventEnvelopeInfo)> Typed<TEvent>(IEnumerable<IEvent> events) =>
        [.. events.Where(e => e.Data is TEvent).Select(e => ((TEvent)e.Data, Envelope(e)))];

    private static async IAsyncEnumerable<(TEvent, EventEnvelopeInfo)> TypedAsync<TEvent>(IAsyncEnumerable<IEvent> events)
    {
        await foreach (var e in events)
        {
            if (e.Data is TEvent typed) yield return (typed, Envelope(e));
        }
    }
}
