using System.Text.Json;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Problems;
using Microsoft.AspNetCore.Http.Features;
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
    /// <summary>
    /// Bodies up to this size are read to the end even when refused as too large, so the client finishes sending and
    /// receives the 413 (closing on a half-sent body resets the connection before the client can read the answer).
    /// </summary>
    internal const long DrainLimit = 16 * LedgerApp.MaxRequestBodyBytes;

    /// <param name="optional">An empty body is no body: the value is null without a problem.</param>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpContext http, bool optional = false)
        where T : class
    {
        var read = await ReadAllAsync<T>(http, optional);
        if (read.Problem is not null) return (null, read.Problem);
        return read.WrongTypes.Count > 0 ? (null, ApiProblems.Invalid(read.WrongTypes)) : (read.Value, null);
    }

    /// <summary>
    /// Like <see cref="ReadAsync{T}"/>, but a member of the wrong JSON type is not the end: every such member is listed in
    /// <see cref="JsonRead{T}.WrongTypes"/> and the rest of the body is read without them, so that the caller can check the
    /// rest too and name every fault in one answer. <see cref="JsonRead{T}.Problem"/> is what ends reading (malformed JSON,
    /// unknown members, unstorable text, 413, 415).
    /// </summary>
    public static async Task<JsonRead<T>> ReadAllAsync<T>(HttpContext http, bool optional = false)
        where T : class
    {
        var request = http.Request;
        if (request.ContentType is { Length: > 0 } contentType && !IsJson(contentType))
        {
            return JsonRead<T>.Failed(Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "The body must be JSON.",
                detail: $"Send the body as application/json, not '{contentType}'."));
        }
        if (request.ContentLength > DrainLimit) return JsonRead<T>.Failed(TooLarge(http, drained: false));

        // Kestrel's limit is the server-wide 1 MiB; this request may be read a little further, only to be drained.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = DrainLimit;
        try
        {
            await using var buffer = new MemoryStream();
            if (!await CopyAtMostAsync(request.Body, buffer, LedgerApp.MaxRequestBodyBytes, http.RequestAborted))
            {
                await request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
                return JsonRead<T>.Failed(TooLarge(http, drained: true));
            }

            if (UnstorableText.InJson(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is { } unstorable)
                return JsonRead<T>.Failed(ApiProblems.Invalid(unstorable.Path, $"'{unstorable.Path}' {unstorable.Problem}."));

            if (optional && buffer.Length == 0) return new JsonRead<T>(null, null, []);
            var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            using var document = JsonDocument.Parse(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), new JsonDocumentOptions { MaxDepth = options.MaxDepth });
            if (UnknownMembers.In(document.RootElement, typeof(T), options) is { Count: > 0 } unknown)
            {
                return JsonRead<T>.Failed(ApiProblems.Invalid([.. unknown.Select(member => (member.Path,
                    $"'{member.Path}' is not a field of this request; the fields here are: {string.Join(", ", member.Known)}."))]));
            }
            var wrong = WrongTypes.In(document.RootElement, typeof(T), options);
            if (wrong.Any(member => member.Path == "$")) return JsonRead<T>.Failed(ApiProblems.Invalid([.. wrong.Select(member => (member.Path, member.Problem))]));
            var value = wrong.Count == 0
                ? document.RootElement.Deserialize<T>(options)
                : JsonSerializer.Deserialize<T>(JsonWithout.Paths(document.RootElement, [.. wrong.Select(member => member.Path)]), options);
            return value is null
                ? JsonRead<T>.Failed(ApiProblems.Invalid("$", "The body must be a JSON object."))
                : new JsonRead<T>(value, null, [.. wrong.Select(member => (member.Path, member.Problem))]);
        }
        catch (JsonException e)
        {
            var field = FieldOf(e.Path);
            return JsonRead<T>.Failed(ApiProblems.Invalid(field, field == "$"
                ? $"The body is not valid JSON: {Describe(e)}"
                : $"'{field}' is not valid here: {Describe(e)}"));
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return JsonRead<T>.Failed(TooLarge(http, drained: false));
        }
    }

    /// <summary>Copies the body into <paramref name="buffer"/>; false (having read one byte more) when it is longer than <paramref name="max"/>.</summary>
    private static async Task<bool> CopyAtMostAsync(Stream body, MemoryStream buffer, long max, CancellationToken ct)
    {
        var chunk = new byte[16 * 1024];
        while (true)
        {
            var read = await body.ReadAsync(chunk, ct);
            if (read == 0) return true;
            buffer.Write(chunk, 0, read);
            if (buffer.Length > max) return false;
        }
    }

    /// <summary>"$.place.coordinates.latitude" → "place.coordinates.latitude"; the root stays "$".</summary>
    internal static string FieldOf(string? path) =>
        path is null or "$" || !path.StartsWith('$') ? "$" : path.TrimStart('$').TrimStart('.');

    private static string Describe(JsonException e)
    {
        // Only the parser's and the ledger's own converters' messages speak to a client; the serializer's wrap an inner
        // exception or name CLR and token types ("Cannot get the value of a token type 'Number' as a string").
        var message = e.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        message = cut >= 0 ? message[..cut] : message;
        return e.InnerException is not null || message.Contains("System.", StringComparison.Ordinal)
            || message.Contains("EvidenceLedger.", StringComparison.Ordinal) || message.Contains("token type", StringComparison.Ordinal)
            || message.StartsWith("The JSON value", StringComparison.Ordinal)
            ? "the value is not of a kind this field takes."
            : message;
    }

    private static bool IsJson(string contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media) &&
        (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
         media.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true);

    private static IResult TooLarge(HttpContext http, bool drained)
    {
        // Whatever of the body is still unread will not be read: the connection cannot be reused.
        if (!drained) http.Response.Headers.Connection = "close";
        return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.",
            detail: $"Request bodies may be at most {LedgerApp.MaxRequestBodyBytes} bytes.");
    }
}
