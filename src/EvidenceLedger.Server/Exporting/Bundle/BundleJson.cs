using System.Text.Encodings.Web;
using System.Text.Json;
using EvidenceLedger.Server.Json;

namespace EvidenceLedger.Server.Exporting.Bundle;

/// <summary>The JSON of every bundle file: the API's own shapes (camelCase, ISO instants, snake_case enums), indented for reading.</summary>
public static class BundleJson
{
    public static JsonSerializerOptions Options { get; } = new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Bundle files are never embedded in HTML, and Arabic place names and statements must stay readable in them.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }.WithApiConverters();

    /// <summary>For reading a bundle someone else may have altered: a missing or null member the format requires is an error, not a default.</summary>
    public static JsonSerializerOptions Strict { get; } = new(Options)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static JsonElement Element<T>(T value) => JsonSerializer.SerializeToElement(value, Options);
}
