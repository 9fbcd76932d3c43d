using System.Net;
using System.Text.Json.Nodes;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Limits;

/// <summary>
/// Every free-text field of every write: longer than its documented limit, or made of nothing but invisible characters,
/// is a 400 naming the field and appends nothing; text is recorded NFC-normalised.
/// </summary>
public sealed class Free_text_is_limited_visible_and_normalised(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    /// <summary>A write (path relative to the incident or source), a valid body, the field tried and its limit.</summary>
    private sealed record Field(string Stream, string Path, string Valid, string Name, int Limit, bool Required = true);

    private static readonly Field[] Fields =
    [
        new("incident", "/api/incidents", """{"title":"t","summary":"s","occurred":"2015-11-18","place":{"name":"al-Bukamal","aliases":["Abu Kamal"]}}""", "title", 300),
        new("incident", "/api/incidents", """{"title":"t","summary":"s","occurred":"2015-11-18","place":{"name":"al-Bukamal","aliases":["Abu Kamal"]}}""", "summary", 10_000, Required: false),
        new("incident", "/api/incidents", """{"title":"t","occurred":"2015-11-18","place":{"name":"al-Bukamal","aliases":["Abu Kamal"]}}""", "place.name", 200),
        new("incident", "/api/incidents", """{"title":"t","occurred":"2015-11-18","place":{"name":"al-Bukamal","aliases":["Abu Kamal"]}}""", "place.aliases[0]", 200),
        new("incident", "{incident}/description", """{"title":"New title","summary":"New summary","reason":"Clearer"}""", "title", 300),
        new("incident", "{incident}/description", """{"title":"New title","summary":"New summary","reason":"Clearer"}""", "reason", 2_000),
        new("incident", "{incident}/occurrence", """{"occurred":"2015-11-17","reason":"Re-read"}""", "reason", 2_000),
        new("incident", "{incident}/place", """{"placeName":"al-Bukamal centre","reason":"Narrowed"}""", "placeName", 200),
        new("incident", "{incident}/place", """{"placeName":"al-Bukamal centre","reason":"Narrowed"}""", "reason", 2_000),
        new("incident", "{incident}/place/aliases", """{"alias":"Albu Kamal"}""", "alias", 200),
        new("incident", "{incident}/claims", """{"statement":"Four killed","sourceId":"{source}","category":"killings","count":{"min":4,"max":4,"subject":"IS members killed"}}""", "statement", 4_000),
        new("incident", "{incident}/claims", """{"statement":"Four killed","sourceId":"{source}","category":"killings","count":{"min":4,"max":4,"subject":"IS members killed"}}""", "category", 100, Required: false),
        new("incident", "{incident}/claims", """{"statement":"Four killed","sourceId":"{source}","category":"killings","count":{"min":4,"max":4,"subject":"IS members killed"}}""", "count.subject", 200),
        new("incident", "{claim}/corrections", """{"statement":"Four IS members killed","reason":"Shorter"}""", "statement", 4_000),
        new("incident", "{claim}/corrections", """{"statement":"Four IS members killed","reason":"Shorter"}""", "reason", 2_000),
        new("incident", "{claim}/retraction", """{"reason":"Withdrawn"}""", "reason", 2_000),
        new("incident", "{claim}/citations", """{"title":"Syria Direct","url":"https://syriadirect.org/a","excerpt":"four IS members"}""", "title", 300),
        new("incident", "{claim}/citations", """{"title":"Syria Direct","url":"https://syriadirect.org/a","excerpt":"four IS members"}""", "excerpt", 10_000),
        new("incident", "{claim}/verifications", """{"method":"source_check","outcome":"supports","notes":"Called back"}""", "notes", 10_000),
        new("incident", "{claim}/assessment", """{"status":"corroborated","credibility":3,"rationale":"Two accounts"}""", "rationale", 2_000),
        new("source", "/api/sources", """{"name":"Radio Fresh","kind":"media","reliability":"B","aliases":["Fresh"],"protectedIdentity":{"realName":"R","contact":"c"}}""", "name", 200),
        new("source", "/api/sources", """{"name":"Radio Fresh","kind":"media","reliability":"B","aliases":["Fresh"],"protectedIdentity":{"realName":"R","contact":"c"}}""", "aliases[0]", 200),
        new("source", "/api/sources", """{"name":"Radio Fresh","kind":"media","reliability":"B","aliases":["Fresh"],"protectedIdentity":{"realName":"R","contact":"c"}}""", "protectedIdentity.realName", 200),
        new("source", "/api/sources", """{"name":"Radio Fresh","kind":"media","reliability":"B","aliases":["Fresh"],"protectedIdentity":{"realName":"R","contact":"c"}}""", "protectedIdentity.contact", 1_000, Required: false),
        new("source", "{source}/reliability", """{"reliability":"D","rationale":"Errors found"}""", "rationale", 2_000),
        new("source", "{source}/aliases", """{"alias":"SyriaDirect"}""", "alias", 200),
        new("source", "{source}/identity", """{"realName":"Badar","contact":"+963"}""", "realName", 200),
        new("source", "{source}/identity", """{"realName":"Badar","contact":"+963"}""", "contact", 1_000, Required: false),
    ];

    public static TheoryData<int, string> Cases()
    {
        var cases = new TheoryData<int, string>();
        for (var i = 0; i < Fields.Length; i++)
        {
            cases.Add(i, "one character over the limit");
            if (Fields[i].Required) cases.Add(i, "only invisible characters");
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Refused_text_is_a_400_naming_the_field_and_appends_nothing(int index, string refusal)
    {
        var field = Fields[index];
        var (url, body) = await ArrangeAsync(field);
        var value = refusal == "only invisible characters" ? " \u200B\u2060\uFEFF\u202E\u00AD " : new string('x', field.Limit + 1);
        var count = await CountAsync(field, url);

        var problem = await (await (await WriterAsync(field)).PostOrPut(url, With(body, field.Name, value))).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field.Name, out var errors), problem.ToString());
        if (refusal != "only invisible characters") Assert.Contains(field.Limit.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), errors[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(count, await CountAsync(field, url));
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public async Task Text_at_its_limit_is_accepted(int index)
    {
        var field = Fields[index];
        var (url, body) = await ArrangeAsync(field);

        var response = await (await WriterAsync(field)).PostOrPut(url, With(body, field.Name, new string('x', field.Limit - 1) + "é"));

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public static TheoryData<int> Indexes => new(Enumerable.Range(0, Fields.Length));

    [Fact]
    public async Task Every_field_at_fault_is_named_in_one_answer()
    {
        var documenter = await server.As(Role.Documenter);

        var problem = await (await documenter.PostRaw("/api/incidents", $$$"""
            {"title":"{{{new string('x', 301)}}}","summary":"\u200B","occurred":"2015-11-18","place":{"name":"\u2060","aliases":["{{{new string('y', 201)}}}"]}}
            """)).Expect(HttpStatusCode.BadRequest);

        var named = problem.GetProperty("errors").EnumerateObject().Select(member => member.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["place.aliases[0]", "place.name", "title"], named);
    }

    [Fact]
    public async Task Text_is_recorded_NFC_normalised()
    {
        var documenter = await server.As(Role.Documenter);

        var incident = await documenter.RecordIncident(new { title = "Cafe\u0301 strike", summary = " Deir ez-Zo\u0308r ", occurred = "2015-11-18", place = new { name = "al-Bukamal" } });

        var recorded = await documenter.Incident(incident);
        Assert.Equal("Caf\u00e9 strike", recorded.Str("title"));
        Assert.Equal("Deir ez-Z\u00f6r", recorded.Str("summary"));
    }

    private Task<HttpClient> WriterAsync(Field field) => server.As(field.Path.EndsWith("/identity", StringComparison.Ordinal) ? Role.Admin : Role.Documenter);

    private async Task<(string Url, string Body)> ArrangeAsync(Field field)
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(new { name = $"Syria Direct {Guid.NewGuid():N}", kind = "media", reliability = "B" });
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));
        var url = field.Path
            .Replace("{incident}", $"/api/incidents/{incident}", StringComparison.Ordinal)
            .Replace("{claim}", $"/api/incidents/{incident}/claims/{claim}", StringComparison.Ordinal)
            .Replace("{source}", $"/api/sources/{source}", StringComparison.Ordinal);
        return (url, field.Valid.Replace("{source}", source.ToString(), StringComparison.Ordinal));
    }

    /// <summary>The events of the stream the write goes to; a creation counts every stream of its kind (as a list).</summary>
    private async Task<int> CountAsync(Field field, string url)
    {
        var admin = await server.As(Role.Admin);
        if (url == "/api/incidents") return (await admin.GetJson("/api/incidents?pageSize=1000")).GetProperty("total").GetInt32();
        if (url == "/api/sources") return (await admin.GetJson("/api/sources")).GetArrayLength();
        var stream = string.Join('/', url.Split('/').Take(4));
        return (await admin.GetJson(stream + "/history")).GetProperty("events").GetArrayLength();
    }

    /// <summary>The body with the field at <paramref name="path"/> (dotted, with [i] for list items) set to <paramref name="value"/>.</summary>
    private static string With(string body, string path, string value)
    {
        var json = JsonNode.Parse(body)!;
        JsonNode parent = json;
        var segments = path.Split('.');
        foreach (var segment in segments[..^1]) parent = parent[segment]!;
        var last = segments[^1];
        if (last.EndsWith(']'))
        {
            var name = last[..last.IndexOf('[', StringComparison.Ordinal)];
            var index = int.Parse(last[(name.Length + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
            parent[name]![index] = value;
        }
        else
        {
            parent[last] = value;
        }
        return json.ToJsonString();
    }
}
