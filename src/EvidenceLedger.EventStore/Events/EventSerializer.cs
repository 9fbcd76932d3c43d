using System.Text.Json;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Reading;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace EvidenceLedger.EventStore.Events;

/// <summary>Turns typed events into <see cref="EventToAppend"/> and stored events back, by their explicit type names.</summary>
public sealed class EventSerializer(EventTypeRegistry registry, JsonSerializerOptions? options = null)
{
    /// <summary>camelCase JSON, as the rest of the ledger's JSON, with NodaTime's ISO-8601 converters.</summary>
    public static JsonSerializerOptions DefaultOptions { get; } = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    private readonly JsonSerializerOptions _options = options ?? DefaultOptions;

    public EventTypeRegistry Registry => registry;

    /// <summary>
    /// The event to append. Under the default options, which Marten serializes with too, it carries the record itself
    /// (<see cref="EventToAppend.Record"/>); under options of its own, only its JSON.
    /// </summary>
    public EventToAppend ToAppend(object @event, Guid? eventId = null) =>
        new(eventId ?? Guid.NewGuid(), registry.NameOf(@event.GetType()), JsonSerializer.SerializeToElement(@event, @event.GetType(), _options))
        {
            Record = ReferenceEquals(_options, DefaultOptions) ? @event : null,
        };

    /// <summary>The typed event, or null for a type this registry does not know (another stream's events).</summary>
    public object? Deserialize(StoredEvent stored) => Deserialize(stored.Type, stored.Data);

    /// <summary>The typed event of stored name <paramref name="type"/> holding <paramref name="data"/>, or null for a type this registry does not know.</summary>
    public object? Deserialize(string type, JsonElement data) =>
        registry.TryGetType(type, out var eventType) ? data.Deserialize(eventType, _options) : null;

    public T Deserialize<T>(StoredEvent stored) => stored.Data.Deserialize<T>(_options)
        ?? throw new InvalidOperationException($"Event {stored.EventId} holds no {typeof(T).Name}.");
}
