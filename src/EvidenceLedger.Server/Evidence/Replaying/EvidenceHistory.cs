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

    /// <summary>The incident's decision state and version up to <paramref name="limit"/> (version 0: not recorded then).</summary>
    public async Task<(IncidentState State, long Version)> IncidentStateAsync(Guid incidentId, ReadLimit limit, CancellationToken ct = default) =>
        Fold(await IncidentAsync(incidentId, limit, ct), IncidentDecider.Initial, IncidentDecider.Evolve);

    /// <summary>The source's decision state and version up to <paramref name="limit"/> (version 0: not registered then).</summary>
    public async Task<(SourceState State, long Version)> SourceStateAsync(Guid sourceId, ReadLimit limit, CancellationToken ct = default) =>
        Fold(await SourceAsync(sourceId, limit, ct), SourceDecider.Initial, SourceDecider.Evolve);

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

    private static (TState State, long Version) Fold<TEvent, TState>(IReadOnlyList<(TEvent Event, EventEnvelopeInfo Envelope)> events,
        TState initial, Func<TState, TEvent, TState> evolve) =>
        (events.Aggregate(initial, (state, e) => evolve(state, e.Event)), events.Count == 0 ? 0 : events[^1].Envelope.Version);

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
