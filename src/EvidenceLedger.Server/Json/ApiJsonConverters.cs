using System.Text.Json;
using System.Text.Json.Serialization;
using EvidenceLedger.Evidence.Serialization;

namespace EvidenceLedger.Server.Json;

/// <summary>The API's JSON shapes beyond the web defaults: ISO-8601 instants and dates, snake_case enums.</summary>
public static class ApiJsonConverters
{
    public static JsonSerializerOptions WithApiConverters(this JsonSerializerOptions options)
    {
        options.Converters.Add(new InstantJsonConverter());
        options.Converters.Add(new IsoLocalDateJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        return options;
    }
}
