using System.Collections.Frozen;
using System.Reflection;

namespace EvidenceLedger.EventStore.Events;

/// <summary>Maps event CLR types to their stored type names and back; every event type must carry <see cref="EventTypeAttribute"/>.</summary>
public sealed class EventTypeRegistry
{
    private readonly FrozenDictionary<Type, string> _names;
    private readonly FrozenDictionary<string, Type> _types;

    public EventTypeRegistry(IEnumerable<Type> eventTypes)
    {
        var names = new Dictionary<Type, string>();
        var types = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var type in eventTypes)
        {
            var name = type.GetCustomAttribute<EventTypeAttribute>()?.Name
                ?? throw new ArgumentException($"{type.FullName} has no [EventType] name.", nameof(eventTypes));
            if (!types.TryAdd(name, type) && types[name] != type)
                throw new ArgumentException($"Event type name '{name}' is used by both {types[name].FullName} and {type.FullName}.", nameof(eventTypes));
            names[type] = name;
        }
        _names = names.ToFrozenDictionary();
        _types = types.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Every concrete type in <paramref name="assembly"/> that carries <see cref="EventTypeAttribute"/>.</summary>
    public static EventTypeRegistry FromAssembly(Assembly assembly) =>
        new(assembly.GetTypes().Where(t => t is { IsAbstract: false } && t.GetCustomAttribute<EventTypeAttribute>() is not null));

    public string NameOf(Type type) =>
        _names.TryGetValue(type, out var name) ? name : throw new ArgumentException($"{type.FullName} is not a registered event type.", nameof(type));

    public bool TryGetType(string name, out Type type) => _types.TryGetValue(name, out type!);

    public IReadOnlyCollection<string> Names => _types.Keys;

    /// <summary>Every registered type under its stored name.</summary>
    public IEnumerable<KeyValuePair<string, Type>> Types => _types;
}
