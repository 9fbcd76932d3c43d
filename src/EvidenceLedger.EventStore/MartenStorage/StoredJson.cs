using System.Text.Json;
using System.Text.Json.Serialization;

namespace EvidenceLedger.EventStore.MartenStorage;

/// <summary>
/// An event's data handed to Marten already as JSON: the ledger names and serializes its events itself
/// (<see cref="Events.EventSerializer"/>), so the bytes hashed at append are the bytes Marten stores.
/// </summary>
[JsonConverter(typeof(StoredJsonConverter))]
public sealed class StoredJson(JsonElement json)
{
    public JsonElement Json { get; } = json;
}

internal sealed class StoredJsonConverter : JsonConverter<StoredJson>
{
    public override StoredJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new StoredJson(document.RootElement.Clone());
    }

    public override void Write(Utf8JsonWriter writer, StoredJson value, JsonSerializerOptions options) => value.Json.WriteTo(writer);
}
