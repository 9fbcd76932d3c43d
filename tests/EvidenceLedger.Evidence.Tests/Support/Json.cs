using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace EvidenceLedger.Evidence.Tests.Support;

internal static class Json
{
    /// <summary>The options the event store serializes events with: camelCase web defaults, nothing else.</summary>
    public static JsonSerializerOptions Web { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Web defaults plus an ISO converter for instants, so whole views can be compared as JSON.</summary>
    public static JsonSerializerOptions Views { get; } = new(JsonSerializerDefaults.Web) { Converters = { new IsoInstantConverter() } };

    private sealed class IsoInstantConverter : JsonConverter<Instant>
    {
        public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            InstantPattern.ExtendedIso.Parse(reader.GetString()!).GetValueOrThrow();

        public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
            writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
    }
}
