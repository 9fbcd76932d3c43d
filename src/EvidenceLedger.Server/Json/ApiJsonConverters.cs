using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Serialization.SystemTextJson;

namespace EvidenceLedger.Server.Json;

/// <summary>The ledger's JSON beyond the web defaults: ISO-8601 instants and dates (NodaTime's converters), snake_case enums.</summary>
public static class ApiJsonConverters
{
    /// <summary>ISO-8601 UTC instants ("2015-11-25T09:00:00Z") and ISO dates ("2015-11-25"): the API's one time format.</summary>
    public static IEnumerable<JsonConverter> NodaTimeConverters { get; } =
    [
        new NamingTheMember<NodaTime.Instant>(NodaConverters.InstantConverter, "an ISO-8601 UTC instant such as 2015-11-25T09:00:00Z"),
        new NamingTheMember<NodaTime.LocalDate>(NodaConverters.LocalDateConverter, "an ISO date such as 2015-11-25"),
    ];

    public static JsonSerializerOptions WithApiConverters(this JsonSerializerOptions options)
    {
        foreach (var converter in NodaTimeConverters) options.Converters.Add(converter);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        return options;
    }
}
