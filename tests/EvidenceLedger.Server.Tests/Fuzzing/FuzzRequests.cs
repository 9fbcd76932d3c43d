using System.Text;
using System.Text.Json.Nodes;
using EvidenceLedger.Server.Users;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Fuzzing;

/// <summary>
/// Makes the run's requests: a route picked by weight, its valid path, query and body for the ids known so far, and
/// (four times in five) one to three mutations of the query, the path, the body, its content type or If-Match.
/// </summary>
internal sealed class FuzzRequests(FuzzContext context)
{
    private static readonly string[] Callers =
        [Role.Documenter, Role.Legal, Role.Auditor, LedgerServer.NoOne, No_request_answers_a_5xx.BogusToken];

    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "multipart/form-data",
        "application/json; charset=utf-16", "application/merge-patch+json", "application/json;;;", "*/*", "application/", "garbage",
        "application/json; charset=latin1", "APPLICATION/JSON",
    ];

    private static readonly string[] IfMatches = ["\"abc\"", "\"-1\"", "\"99999999999999999999\"", "W/\"1\"", "*", "\"1\", \"2\"", "\"0\"", "\"1\"", "\"\"", "1"];

    private static readonly string[] UnknownParameters = ["asof", "AsOf", "foo", "", "pageSize[]", "q\u00e9", "%00", "offset%00"];

    private Random Random => context.Random;

    public FuzzRequest Valid(FuzzRoute route) => Make(route, mutate: false);

    public FuzzRequest Next(IReadOnlyList<FuzzRoute> routes)
    {
        var roll = Random.Next(routes.Sum(r => r.Weight));
        var route = routes.First(r => (roll -= r.Weight) < 0);
        return Make(route, mutate: Random.Next(5) != 0);
    }

    private FuzzRequest Make(FuzzRoute route, bool mutate)
    {
        var mutations = new List<string>();
        var path = route.Path(context);
        var query = route.Parameters.Where(_ => Random.Next(2) == 0)
            .Where(p => p.Key != "atPosition" || Random.Next(4) == 0)
            .Select(p => (Name: p.Key, Value: Uri.EscapeDataString(p.Value(context)))).ToList();
        JsonNode? body = route.Body?.Invoke(context);
        byte[]? raw = null;
        var contentType = body is null ? null : "application/json";
        string? ifMatch = null;
        var caller = !mutate || Random.Next(12) != 0 ? Role.Admin : Callers[Random.Next(Callers.Length)];
        var bodies = new BodyMutations(Random);

        for (var n = mutate ? Random.Next(1, 4) : 0; n > 0; n--)
        {
            switch (Random.Next(body is null && raw is null ? 4 : 8))
            {
                case 0 when route.Parameters.Count > 0:
                {
                    var name = route.Parameters.Keys.ElementAt(Random.Next(route.Parameters.Count));
                    var value = NastyValues.Query(Random);
                    query.RemoveAll(p => p.Name == name);
                    query.Add((name, value));
                    mutations.Add($"{name}={Short(value)}");
                    break;
                }
                case 1:
                {
                    var name = Random.Next(2) == 0 && route.Parameters.Count > 0
                        ? route.Parameters.Keys.ElementAt(Random.Next(route.Parameters.Count))
                        : UnknownParameters[Random.Next(UnknownParameters.Length)];
                    var value = NastyValues.Query(Random);
                    query.Add((name, value));
                    mutations.Add($"also {name}={Short(value)}");
                    break;
                }
                case 2:
                    path = MutatePath(path, mutations);
                    break;
                case 3:
                    ifMatch = IfMatches[Random.Next(IfMatches.Length)];
                    mutations.Add($"If-Match {ifMatch}");
                    break;
                case 4:
                    contentType = Random.Next(4) == 0 ? null : ContentTypes[Random.Next(ContentTypes.Length)];
                    mutations.Add($"content type {contentType ?? "none"}");
                    break;
                default:
                    mutations.Add(bodies.Apply(ref body, ref raw));
                    break;
            }
        }

        if (body is not null) raw = Encoding.UTF8.GetBytes(bodies.Serialize(body));
        if (raw is not null && route.Method == HttpMethod.Get) raw = null;
        var url = query.Count == 0 ? path : path + "?" + string.Join('&', query.Select(p => p.Name + "=" + p.Value));
        return new FuzzRequest(route, caller, url, raw, raw is null ? null : contentType, ifMatch, mutations);
    }

    private string MutatePath(string path, List<string> mutations)
    {
        var segments = path.Split('/');
        var guids = Enumerable.Range(0, segments.Length).Where(i => Guid.TryParse(segments[i], out _)).ToList();
        if (guids.Count == 0)
        {
            mutations.Add("path with a trailing segment");
            return path + "/" + Random.Next(10);
        }
        var at = guids[Random.Next(guids.Count)];
        segments[at] = Random.Next(4) switch
        {
            0 => Guid.NewGuid().ToString(),
            1 => Guid.Empty.ToString(),
            2 => "not-a-guid",
            _ => segments[at].ToUpperInvariant(),
        };
        mutations.Add($"path segment {at} = {segments[at]}");
        return string.Join('/', segments);
    }

    private static string Short(string text) => text.Length > 60 ? text[..60] + $"… ({text.Length} chars)" : text;
}
