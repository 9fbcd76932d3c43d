using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace EvidenceLedger.Evidence.Serialization;

/// <summary>Reads and writes a <see cref="LocalDate"/> as an ISO <c>yyyy-MM-dd</c> string, independent of any globally registered NodaTime converters.</summary>
public sealed class IsoLocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        var parsed = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        return parsed.Success ? parsed.Value : throw new JsonException($"'{text}' is not an ISO date (yyyy-MM-dd).");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}
