using System.Text.Json.Nodes;

namespace EvidenceLedger.Server.Tests.Fuzzing;

/// <summary>
/// Every route of the API (src/EvidenceLedger.Server/Evidence/README.md, the users, integrity and export routes) and the
/// pages that read query values, each with a valid request the fuzzer starts from. Weights keep the expensive ones
/// (export, full verification, shredding) rare.
/// </summary>
internal static class FuzzRoutes
{
    private static string Incident(FuzzContext c) => $"/api/incidents/{c.Ids.Incident()}";

    private static string Claim(FuzzContext c)
    {
        var (incident, claim) = c.Ids.Claim();
        return $"/api/incidents/{incident}/claims/{claim}";
    }

    private static string Source(FuzzContext c) => $"/api/sources/{c.Ids.Source()}";

    private static readonly Dictionary<string, Func<FuzzContext, string>> PointInTime = new()
    {
        ["asOf"] = c => c.Instant(),
        ["atPosition"] = c => c.Random.Next(1, 50).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, Func<FuzzContext, string>> With(Dictionary<string, Func<FuzzContext, string>> more) =>
        new(PointInTime.Concat(more));

    private static JsonObject Place(FuzzContext c) => new()
    {
        ["name"] = c.OneOf("al-Bukamal", "Deir ez-Zor", "البوكمال", "al-Mayadeen"),
        ["aliases"] = new JsonArray(c.Fresh("Abu Kamal")),
        ["coordinates"] = new JsonObject { ["latitude"] = 34.4536, ["longitude"] = 40.9187, ["precisionMetres"] = 2000 },
    };

    public static IReadOnlyList<FuzzRoute> All { get; } =
    [
        new("register source", HttpMethod.Post, RouteKind.Write, 6, _ => "/api/sources", c => new JsonObject
        {
            ["name"] = c.Fresh("Syria Direct"),
            ["kind"] = c.OneOf("media", "organization", "individual", "anonymous", "social_media"),
            ["reliability"] = c.OneOf("A", "B", "C", "usually_reliable", "F"),
            ["aliases"] = new JsonArray(c.Fresh("SyriaDirect")),
            ["protectedIdentity"] = new JsonObject { ["realName"] = "Badar Al-Khalaf", ["contact"] = "+963 000" },
        }),
        new("list sources", HttpMethod.Get, RouteKind.Read, 3, _ => "/api/sources",
            Query: With(new() { ["q"] = c => c.OneOf("Syria", "Direct"), ["kind"] = c => c.OneOf("media", "anonymous") })),
        new("read source", HttpMethod.Get, RouteKind.Read, 3, Source, Query: PointInTime),
        new("same source as", HttpMethod.Post, RouteKind.Write, 2, c => Source(c) + "/same-as", c => new JsonObject
        {
            ["sourceId"] = c.Ids.Source().ToString(),
            ["reason"] = c.Fresh("Registered twice"),
        }),
        new("similar sources", HttpMethod.Get, RouteKind.Read, 2, _ => "/api/sources/similar",
            Query: new Dictionary<string, Func<FuzzContext, string>> { ["name"] = c => c.OneOf("Sound & Picture", "syria-direct", "SyriaDirect") }),
        new("similar incidents", HttpMethod.Get, RouteKind.Read, 2, _ => "/api/incidents/similar",
            Query: new Dictionary<string, Func<FuzzContext, string>> { ["title"] = c => c.OneOf("Gun battle in al-Bukamal", "gun battle in Al Bukamal!") }),
        new("source history", HttpMethod.Get, RouteKind.Read, 3, c => Source(c) + "/history", Query: PointInTime),
        new("regrade source", HttpMethod.Post, RouteKind.Write, 4, c => Source(c) + "/reliability", c => new JsonObject
        {
            ["reliability"] = c.OneOf("A", "B", "C", "D", "E", "F"),
            ["rationale"] = c.Fresh("Checked against later reports"),
        }),
        new("add source alias", HttpMethod.Post, RouteKind.Write, 4, c => Source(c) + "/aliases", c => new JsonObject { ["alias"] = c.Fresh("Syria Direct EN") }),
        new("attach identity", HttpMethod.Put, RouteKind.Write, 3, c => Source(c) + "/identity", c => new JsonObject
        {
            ["realName"] = c.Fresh("Badar"),
            ["contact"] = "Signal",
        }),
        new("shred identity", HttpMethod.Post, RouteKind.Write, 1, c => Source(c) + "/identity/shred", c => new JsonObject { ["reason"] = c.Fresh("Source at risk") }),

        new("record incident", HttpMethod.Post, RouteKind.Write, 6, _ => "/api/incidents", c => new JsonObject
        {
            ["title"] = c.Fresh("Gun battle in al-Bukamal"),
            ["summary"] = "Unknown gunmen attacked IS members.",
            ["occurred"] = c.OneOf("2015-11-18", "2015-11", "2015-21", "../2015-11-18", "2015-11-16/2015-11-22", "201X", "2015-11-18~"),
            ["place"] = Place(c),
        }),
        new("search incidents", HttpMethod.Get, RouteKind.Read, 5, _ => "/api/incidents", Query: With(new()
        {
            ["q"] = c => c.OneOf("gun battle", "al-Bukamal", "killed"),
            ["place"] = c => c.OneOf("Abu Kamal", "البوكمال", "Deir e-Zor"),
            ["occurredFrom"] = _ => "2015-01-01",
            ["occurredTo"] = _ => "2016-01-01",
            ["status"] = c => c.OneOf("unverified", "corroborated", "confirmed"),
            ["sort"] = c => c.OneOf("recorded", "changed", "occurred", "title"),
            ["offset"] = c => c.Random.Next(0, 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["pageSize"] = c => c.Random.Next(1, 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
        })),
        new("read incident", HttpMethod.Get, RouteKind.Read, 4, Incident, Query: PointInTime),
        new("incident history", HttpMethod.Get, RouteKind.Read, 3, c => Incident(c) + "/history", Query: PointInTime),
        new("revise description", HttpMethod.Post, RouteKind.Write, 4, c => Incident(c) + "/description", c => new JsonObject
        {
            ["title"] = c.Fresh("Gunmen kill four IS members"),
            ["summary"] = "Clearer summary.",
            ["reason"] = "Clearer",
        }),
        new("revise occurrence", HttpMethod.Post, RouteKind.Write, 4, c => Incident(c) + "/occurrence", c => new JsonObject
        {
            ["occurred"] = c.OneOf("2015-11-17", "2015-11-18~", "2015-11", "2015-23", "2015-11-16/2015-11-20", "2015-11-18?"),
            ["reason"] = c.Fresh("Re-read the report"),
        }),
        new("relocate incident", HttpMethod.Post, RouteKind.Write, 4, c => Incident(c) + "/place", c => new JsonObject
        {
            ["placeName"] = c.Fresh("al-Bukamal centre"),
            ["coordinates"] = new JsonObject { ["latitude"] = 34.45, ["longitude"] = 40.91, ["precisionMetres"] = 500 },
            ["reason"] = "Narrowed",
        }),
        new("add place alias", HttpMethod.Post, RouteKind.Write, 4, c => Incident(c) + "/place/aliases", c => new JsonObject { ["alias"] = c.Fresh("Albu Kamal") }),

        new("record claim", HttpMethod.Post, RouteKind.Write, 6, c => Incident(c) + "/claims", c => new JsonObject
        {
            ["statement"] = c.Fresh("On Wednesday, four IS members were killed"),
            ["sourceId"] = c.Ids.Source().ToString(),
            ["category"] = "killings",
            ["count"] = c.Random.Next(2) == 0
                ? new JsonObject { ["min"] = 4, ["max"] = 4, ["subject"] = "IS members killed" }
                : JsonValue.Create(c.OneOf("more than 30 IS members killed", "four civilians", "between 10 and 20 civilians", "up to 60")),
            ["credibility"] = c.Random.Next(2) == 0 ? JsonValue.Create(c.Random.Next(2, 7)) : JsonValue.Create(c.OneOf("3", "probably_true", "6")),
        }),
        new("read claim", HttpMethod.Get, RouteKind.Read, 3, Claim, Query: PointInTime),
        new("correct claim", HttpMethod.Post, RouteKind.Write, 4, c => Claim(c) + "/corrections", c => new JsonObject
        {
            ["statement"] = c.Fresh("Four IS members were killed"),
            ["reason"] = "Shorter",
        }),
        new("retract claim", HttpMethod.Post, RouteKind.Write, 1, c => Claim(c) + "/retraction", c => new JsonObject { ["reason"] = "Withdrawn by the source" }),
        new("cite document", HttpMethod.Post, RouteKind.Write, 4, c => Claim(c) + "/citations", c => new JsonObject
        {
            ["title"] = "Syria Direct, 25 November 2015",
            ["url"] = "https://syriadirect.org/news/" + c.Random.Next(1_000_000),
            ["publishedOn"] = "2015-11-25",
            ["sha256"] = new string('a', 64),
            ["excerpt"] = c.Fresh("four IS members were killed"),
        }),
        new("record verification", HttpMethod.Post, RouteKind.Write, 4, c => Claim(c) + "/verifications", c => new JsonObject
        {
            ["method"] = c.OneOf("source_check", "cross_reference", "geolocation", "other"),
            ["outcome"] = c.OneOf("supports", "contradicts", "inconclusive"),
            ["notes"] = c.Fresh("Called back"),
            ["sourceId"] = c.Ids.Source().ToString(),
        }),
        new("assess claim", HttpMethod.Post, RouteKind.Write, 4, c => Claim(c) + "/assessment", c => new JsonObject
        {
            ["status"] = c.OneOf("unverified", "corroborated", "contested", "confirmed", "discredited"),
            ["credibility"] = c.Random.Next(2, 7),
            ["rationale"] = "Two accounts agree",
        }),

        new("export incident", HttpMethod.Get, RouteKind.Write, 1, c => Incident(c) + "/export",
            Query: new Dictionary<string, Func<FuzzContext, string>> { ["reason"] = c => c.Fresh("Requested by counsel") }),
        new("list exports", HttpMethod.Get, RouteKind.Read, 2, _ => "/api/exports", Query: new Dictionary<string, Func<FuzzContext, string>>
        {
            ["incidentId"] = c => c.Ids.Incident().ToString(),
            ["before"] = c => c.Random.Next(1, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["pageSize"] = c => c.Random.Next(1, 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }),

        new("list users", HttpMethod.Get, RouteKind.Read, 1, _ => "/api/users"),
        new("register user", HttpMethod.Post, RouteKind.Write, 3, _ => "/api/users", c => new JsonObject
        {
            ["name"] = c.Fresh("documenter"),
            ["role"] = c.OneOf("documenter", "legal", "auditor"),
            ["expiresAt"] = DateTimeOffset.UtcNow.AddDays(30).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["reason"] = "Joined the team",
        }),
        new("issue token", HttpMethod.Post, RouteKind.Write, 2, c => $"/api/users/{c.Ids.User()}/tokens", c => new JsonObject { ["reason"] = "Lost the old one" }),
        new("revoke access", HttpMethod.Post, RouteKind.Write, 1, c => $"/api/users/{c.Ids.User()}/revoke", c => new JsonObject { ["reason"] = "Left" }),
        new("change role", HttpMethod.Post, RouteKind.Write, 2, c => $"/api/users/{c.Ids.User()}/role", c => new JsonObject
        {
            ["role"] = c.OneOf("documenter", "legal", "auditor"),
            ["reason"] = "Moved",
        }),

        new("checkpoint", HttpMethod.Get, RouteKind.Read, 1, _ => "/api/ledger/checkpoint"),
        new("checkpoints", HttpMethod.Get, RouteKind.Read, 2, _ => "/api/ledger/checkpoints", Query: new Dictionary<string, Func<FuzzContext, string>>
        {
            ["size"] = c => c.Random.Next(1, 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["before"] = c => c.Random.Next(1, 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["limit"] = c => c.Random.Next(1, 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }),
        new("public key", HttpMethod.Get, RouteKind.Read, 1, _ => "/api/ledger/public-key"),
        new("inclusion proof", HttpMethod.Get, RouteKind.Read, 2, _ => "/api/ledger/proofs/inclusion", Query: new Dictionary<string, Func<FuzzContext, string>>
        {
            ["index"] = c => c.Random.Next(0, 50).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["treeSize"] = c => c.Random.Next(1, 60).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["eventId"] = _ => Guid.NewGuid().ToString(),
        }),
        new("consistency proof", HttpMethod.Get, RouteKind.Read, 2, _ => "/api/ledger/proofs/consistency", Query: new Dictionary<string, Func<FuzzContext, string>>
        {
            ["from"] = c => c.Random.Next(1, 30).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["to"] = c => c.Random.Next(30, 60).ToString(System.Globalization.CultureInfo.InvariantCulture),
        }),
        new("verify ledger", HttpMethod.Post, RouteKind.Read, 1, _ => "/api/ledger/verify", _ => new JsonObject { ["savedCheckpoint"] = null }),
        new("verification status", HttpMethod.Get, RouteKind.Read, 1, _ => $"/api/ledger/verify/{Guid.NewGuid()}"),
        new("bundle again", HttpMethod.Get, RouteKind.Read, 1, _ => $"/api/exports/{Guid.NewGuid()}/bundle"),

        new("health", HttpMethod.Get, RouteKind.Read, 1, c => c.OneOf("/health", "/health/live", "/health/ready")),

        new("incidents page", HttpMethod.Get, RouteKind.Page, 2, _ => "/incidents", Query: new Dictionary<string, Func<FuzzContext, string>>
        {
            ["q"] = _ => "al-Bukamal",
            ["place"] = _ => "Abu Kamal",
            ["from"] = _ => "2015-01-01",
            ["to"] = _ => "2016-01-01",
            ["status"] = _ => "unverified",
            ["asOf"] = c => c.Instant(),
            ["offset"] = _ => "0",
            ["done"] = _ => "recorded",
        }),
        new("incident page", HttpMethod.Get, RouteKind.Page, 2, c => $"/incidents/{c.Ids.Incident()}", Query: new Dictionary<string, Func<FuzzContext, string>>
        {
            ["asOf"] = c => c.Instant(),
            ["done"] = _ => "claim",
            ["source"] = c => c.Ids.Source().ToString(),
        }),
        new("provenance page", HttpMethod.Get, RouteKind.Page, 1, c => $"/incidents/{c.Ids.Incident()}/provenance",
            Query: new Dictionary<string, Func<FuzzContext, string>> { ["asOf"] = c => c.Instant() }),
        new("claim history page", HttpMethod.Get, RouteKind.Page, 1, c =>
        {
            var (incident, claim) = c.Ids.Claim();
            return $"/incidents/{incident}/claims/{claim}/history";
        }, Query: new Dictionary<string, Func<FuzzContext, string>> { ["asOf"] = c => c.Instant() }),
    ];
}
