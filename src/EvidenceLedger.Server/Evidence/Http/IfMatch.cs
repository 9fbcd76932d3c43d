using System.Globalization;
using EvidenceLedger.Server.Problems;

namespace EvidenceLedger.Server.Evidence.Http;

/// <summary>
/// The stream version a write expects, from <c>If-Match: "3"</c> (the ETag every write and current read answers with).
/// Absent or <c>*</c>: no expectation.
/// </summary>
internal static class IfMatch
{
    public static (long? Version, IResult? Problem) Read(HttpRequest request)
    {
        var values = request.Headers.IfMatch;
        if (values.Count == 0) return (null, null);
        var header = string.Join(',', values.Where(v => v is not null)).Trim();
        if (header is "" or "*") return (null, null);

        var tag = header;
        if (tag.StartsWith("W/", StringComparison.Ordinal)) tag = tag[2..];
        if (tag.Length >= 2 && tag[0] == '"' && tag[^1] == '"') tag = tag[1..^1];
        return long.TryParse(tag, NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? (version, null)
            : (null, ApiProblems.Invalid("If-Match", $"If-Match must be one ETag as given by this API, e.g. \"3\"; got {header}."));
    }

    public static void SetETag(HttpResponse response, long version) =>
        response.Headers.ETag = "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";
}
