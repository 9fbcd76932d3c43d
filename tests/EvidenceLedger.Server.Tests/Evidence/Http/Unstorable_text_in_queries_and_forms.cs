using System.Net;
using EvidenceLedger.Server.Problems;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Http;

/// <summary>A NUL character in a query parameter (a search, an export's reason, a point in time) is a 400 naming the parameter, not a 500.</summary>
public sealed class Unstorable_text_in_queries_and_forms(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Theory]
    [InlineData("/api/incidents?q=%00", "q")]
    [InlineData("/api/incidents?place=al-Bukamal%00", "place")]
    [InlineData("/api/incidents?asOf=2015-11-18T00:00:00Z%00", "asOf")]
    [InlineData("/api/sources?q=Syria%00Direct", "q")]
    public async Task A_NUL_in_a_query_parameter_is_a_400_naming_it(string url, string parameter)
    {
        var response = await (await server.As(Role.Legal)).GetAsync(url);

        var problem = await response.Expect(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task An_export_reason_with_a_NUL_is_refused_and_nothing_is_exported()
    {
        var documenter = await server.As(Role.Documenter);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var legal = await server.As(Role.Legal);

        var problem = await (await legal.GetAsync($"/api/incidents/{incident}/export?reason=UN%00CoI")).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _), problem.ToString());
        var exports = await legal.GetJson($"/api/exports?incidentId={incident}");
        Assert.Equal(0, exports.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("plain text", null)]
    [InlineData("Albu Kamal, البوكمال, 😀", null)]
    [InlineData(@"a\u0000b", "NUL")]
    [InlineData(@"\ud800", "unpaired surrogate")]
    [InlineData(@"x\udc00y", "unpaired surrogate")]
    [InlineData(@"\ud83d\ude00", null)]
    public void Unstorable_text_is_named_for_what_it_holds(string escaped, string? problem)
    {
        // Escaped here, unescaped in the test: an attribute cannot carry a lone surrogate.
        var found = UnstorableText.Problem(System.Text.RegularExpressions.Regex.Unescape(escaped));

        if (problem is null) Assert.Null(found);
        else Assert.Contains(problem, found, StringComparison.Ordinal);
    }

    [Fact]
    public void A_JSON_document_names_the_path_of_the_first_unstorable_string()
    {
        var found = UnstorableText.InJson("""{"title":"ok","place":{"name":"al-Bukamal","aliases":["Abu Kamal","x\u0000"]}}"""u8);

        Assert.Equal("place.aliases[1]", found?.Path);
    }
}
