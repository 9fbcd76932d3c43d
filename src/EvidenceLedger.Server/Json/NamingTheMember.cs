using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;
using NodaTime.Utility;

namespace EvidenceLedger.Server.Json;

/// <summary>
/// NodaTime's converter for <typeparamref name="T"/>, refusing an unreadable value with a <see cref="JsonException"/>:
/// NodaTime throws its own parse exceptions, and System.Text.Json names the member at fault (so a 400 names the field)
/// only for a JsonException.
/// </summary>
internal sealed class NamingTheMember<T>(JsonConverter<T> noda, string expected) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // No inner exception: the problem's message is taken from the innermost one, and NodaTime's names its patterns.
        if (reader.TokenType != JsonTokenType.String) throw new JsonException($"expected {expected}.");
        try
        {
            return noda.Read(ref reader, typeToConvert, options)!;
        }
        catch (Exception e) when (e is JsonException or UnparsableValueException or InvalidNodaDataException)
        {
            throw new JsonException($"expected {expected}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => noda.Write(writer, value, options);
}
