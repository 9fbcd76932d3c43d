using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Problems;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace EvidenceLedger.Server.Evidence.Http;

/// <summary>
/// Reads a request's JSON body so every failure is an RFC 9457 problem: malformed JSON or a value of the wrong type is a
/// 400 naming the JSON field (<c>place.coordinates.latitude</c>), a body over <see cref="LedgerApp.MaxRequestBodyBytes"/>
/// is a 413, and a non-JSON content type is a 415.
/// </summary>
internal static class JsonBody
{
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext http)
        where T : class
    {
        var request = http.Request;
        if (request.ContentLength > LedgerApp.MaxRequestBodyBytes) return (null, TooLarge());
        if (request.ContentType is { Length: > 0 } contentType && !IsJson(contentType))
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The body must be JSON.",
                detail: $"Send the body as application/json, not '{contentType}'."));
        }

        try
        {
            var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, http.RequestAborted);
            return value is null ? (null, ApiProblems.Invalid("$", "The body must be a JSON object.")) : (value, null);
        }
        catch (JsonException e)
        {
            var field = FieldOf(e.Path);
            return (null, ApiProblems.Invalid(field, field == "$"
                ? $"The body is not valid JSON: {Describe(e)}"
                : $"'{field}' is not valid here: {Describe(e)}"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }
    }

    /// <summary>"$.place.coordinates.latitude" → "place.coordinates.latitude"; the root stays "$".</summary>
    internal static string FieldOf(string? path) =>
        path is null or "$" || !path.StartsWith('$') ? "$" : path.TrimStart('$').TrimStart('.');

    private static string Describe(JsonException e)
    {
        // The serializer's messages name CLR types and repeat the path; keep only the part a client can act on.
        var message = e.InnerException?.Message ?? e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        message = cut >= 0 ? message[..cut] : message;
        return message.Contains("System.", StringComparison.Ordinal) || message.Contains("EvidenceLedger.", StringComparison.Ordinal)
            ? "the value has the wrong type."
            : message;
    }

    private static bool IsJson(string contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media) &&
        (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
         media.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true);

    [SuppressMessage("Globalization", "CA1305", Justification = "Invariant globalization.")]
    private static IResult TooLarge() =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.",
            detail: $"Request bodies may be at most {LedgerApp.MaxRequestBodyBytes} bytes.");
}
