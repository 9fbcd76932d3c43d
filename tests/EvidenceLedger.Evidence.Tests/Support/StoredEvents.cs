using EvidenceLedger.Evidence.Envelopes;
using NodaTime;

namespace EvidenceLedger.Evidence.Tests.Support;

/// <summary>Wraps events the way the store would: consecutive versions, one hour apart, by the given actors.</summary>
internal static class StoredEvents
{
    public static readonly Instant FirstRecordedAt = Instant.FromUtc(2024, 3, 1, 8, 0);

    public static List<(TEvent Event, EventEnvelopeInfo Envelope)> Of<TEvent>(params (TEvent Event, string Actor)[] events) =>
        events.Select((recorded, index) => (recorded.Event, Envelope(index + 1, recorded.Actor))).ToList();

    public static EventEnvelopeInfo Envelope(long version, string actor, string? reason = null) =>
        new(actor, FirstRecordedAt.Plus(Duration.FromHours(version - 1)), version, 1000 + version, reason);
}
