using System.Text.Json;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Events;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Evidence.Envelopes;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Sources;
using NodaTime.Serialization.SystemTextJson;

namespace EvidenceLedger.Server.Evidence.Common;

/// <summary>How the evidence domain's events are stored and read back, and the JSON the evidence read models are kept in.</summary>
public static class EvidenceEvents
{
    /// <summary>Every event type of the evidence domain, by its explicit stored name.</summary>
    public static EventSerializer Serializer { get; } = new(EventTypeRegistry.FromAssembly(typeof(IIncidentEvent).Assembly));

    /// <summary>camelCase web defaults plus ISO instants and dates: how views are kept in projection tables.</summary>
    public static JsonSerializerOptions ViewJson { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { NodaConverters.InstantConverter, NodaConverters.LocalDateConverter },
    };

    /// <summary>Decided events ready to append, each under a new time-ordered event id.</summary>
    public static IReadOnlyList<EventToAppend> ToAppend<TEvent>(IEnumerable<TEvent> events)
        where TEvent : notnull =>
        events.Select(e => Serializer.ToAppend(e, Guid.CreateVersion7())).ToList();

    public static EventEnvelopeInfo Envelope(StoredEvent stored) =>
        new(stored.Actor, stored.RecordedAt, stored.Version, stored.Position, stored.Reason);

    /// <summary>The incident event this stored event holds, or null when it is not one (another stream's event).</summary>
    public static IIncidentEvent? AsIncidentEvent(StoredEvent stored) =>
        EvidenceStreams.IsIncident(stored.StreamId) ? Serializer.Deserialize(stored) as IIncidentEvent : null;

    /// <summary>The source event this stored event holds, or null when it is not one.</summary>
    public static ISourceEvent? AsSourceEvent(StoredEvent stored) =>
        EvidenceStreams.IsSource(stored.StreamId) ? Serializer.Deserialize(stored) as ISourceEvent : null;
}
