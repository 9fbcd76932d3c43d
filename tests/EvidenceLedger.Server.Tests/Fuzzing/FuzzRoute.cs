using System.Text.Json.Nodes;

namespace EvidenceLedger.Server.Tests.Fuzzing;

/// <summary>What a request may do to the ledger when it is accepted.</summary>
internal enum RouteKind
{
    /// <summary>Never appends.</summary>
    Read,

    /// <summary>Appends when accepted.</summary>
    Write,

    /// <summary>A page, read with the session cookie; never appends.</summary>
    Page,
}

/// <summary>
/// One route of the API (or a page) as the fuzzer calls it: a valid path, body and query for the ids known so far, which
/// the mutations then spoil. <paramref name="Query"/> holds every query parameter the route reads, each with a valid value.
/// </summary>
internal sealed record FuzzRoute(
    string Name,
    HttpMethod Method,
    RouteKind Kind,
    int Weight,
    Func<FuzzContext, string> Path,
    Func<FuzzContext, JsonObject>? Body = null,
    IReadOnlyDictionary<string, Func<FuzzContext, string>>? Query = null)
{
    public IReadOnlyDictionary<string, Func<FuzzContext, string>> Parameters => Query ?? new Dictionary<string, Func<FuzzContext, string>>();
}
