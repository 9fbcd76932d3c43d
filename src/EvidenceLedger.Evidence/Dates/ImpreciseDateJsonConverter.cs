using System.Text.Json;
using System.Text.Json.Serialization;

namespace EvidenceLedger.Evidence.Dates;

/// <summary>Writes an <see cref="ImpreciseDate"/> as its EDTF string and reads it back through the same parser.</summary>
public sealed class ImpreciseDateJsonConverter : JsonConverter<ImpreciseDate>
{
    public override ImpreciseDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ImpreciseDate.TryParse(reader.GetString(), out var date, out var error) ? date : throw new JsonException(error);

    public override void Write(Utf8JsonWriter writer, ImpreciseDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Edtf);
}
