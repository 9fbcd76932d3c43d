using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Evidence.Limits;

/// <summary>
/// Instants and dates the ledger cannot work with (years before 0001 or after 9999, nanoseconds past the last supported
/// microsecond) are a 400 naming the parameter and the supported range, on every point-in-time route and page, never a 500.
/// </summary>
public sealed class Times_outside_the_supported_range_are_refused(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    private const string Range = "0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999Z";

    public static TheoryData<string, string> OutOfRange()
    {
        var cases = new TheoryData<string, string>();
        foreach (var route in ApiRoutes)
        {
            foreach (var instant in new[] { "-9998-01-01T00:00:00Z", "0000-12-31T23:59:59Z", "9999-12-31T23:59:59.999999999Z",
                         "9999-12-31T23:00:00-14:00", "-9998-01-01T00:00:00+14:00" })
                cases.Add(route, instant);
        }
        return cases;
    }

    public static TheoryData<string, string> Supported()
    {
        var cases = new TheoryData<string, string>();
        foreach (var route in ApiRoutes)
        {
            foreach (var instant in new[] { "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z" }) cases.Add(route, instant);
        }
        return cases;
    }

    private static readonly string[] ApiRoutes =
    [
        "/api/sources", "/api/sources/{source}", "/api/sources/{source}/history",
        "/api/incidents", "/api/incidents/{incident}", "/api/incidents/{incident}/history", "/api/incidents/{incident}/claims/{claim}",
    ];

    private static readonly string[] Pages =
        ["/incidents", "/incidents/{incident}", "/incidents/{incident}/provenance", "/incidents/{incident}/claims/{claim}/history"];

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public async Task An_asOf_outside_the_range_is_a_400_naming_the_range(string route, string instant)
    {
        var response = await (await server.As(Role.Auditor)).GetAsync(await UrlAsync(route) + "?asOf=" + Uri.EscapeDataString(instant));

        var problem = await response.Expect(HttpStatusCode.BadRequest);
        Assert.Contains(Range, problem.GetProperty("errors").GetProperty("asOf")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Supported))]
    public async Task The_first_and_last_supported_instants_are_read(string route, string instant)
    {
        var response = await (await server.As(Role.Auditor)).GetAsync(await UrlAsync(route) + "?asOf=" + Uri.EscapeDataString(instant));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59.999999999Z")]
    [InlineData("-9998-01-01T00:00:00Z")]
    [InlineData("0000-06-01T12:00")]
    public async Task A_page_asked_for_a_time_outside_the_range_is_a_400_showing_the_present_and_the_range(string instant)
    {
        foreach (var page in Pages)
        {
            var response = await PageAsync(await UrlAsync(page) + "?asOf=" + Uri.EscapeDataString(instant));

            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{page}: {(int)response.StatusCode}");
            Assert.Contains(Range, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_page_as_of_the_last_supported_instant_keeps_its_picker_within_the_range()
    {
        foreach (var page in Pages)
        {
            var response = await PageAsync(await UrlAsync(page) + "?asOf=" + Uri.EscapeDataString("9999-12-31T23:59:59.999999Z"));

            var html = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode} {html}");
            Assert.Contains("value=\"9999-12-31T23:59:59.999\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("occurredFrom", "-0001-01-01")]
    [InlineData("occurredFrom", "0000-06-01")]
    [InlineData("occurredTo", "-9998-01-01")]
    [InlineData("occurredTo", "0000-12-31")]
    public async Task A_search_date_before_year_1_is_a_400_naming_it(string parameter, string date)
    {
        var response = await (await server.As(Role.Legal)).GetAsync($"/api/incidents?{parameter}={Uri.EscapeDataString(date)}");

        var problem = await response.Expect(HttpStatusCode.BadRequest);
        Assert.Contains("0001 to 9999", problem.GetProperty("errors").GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from", "-0001-01-01")]
    [InlineData("to", "0000-12-31")]
    public async Task The_incident_list_refuses_a_date_before_year_1(string parameter, string date)
    {
        var response = await PageAsync($"/incidents?{parameter}={Uri.EscapeDataString(date)}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("0001 to 9999", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("000X")]
    [InlineData("0000-11-18")]
    [InlineData("0000/2015")]
    public async Task An_incident_dated_before_year_1_is_a_400_and_records_nothing(string occurred)
    {
        var documenter = await server.As(Role.Documenter);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var admin = await server.As(Role.Admin);

        var recorded = await (await documenter.PostJson("/api/incidents", new { title = "Year zero", occurred, place = new { name = "al-Bukamal" } }))
            .Expect(HttpStatusCode.BadRequest);
        var revised = await (await documenter.PostJson($"/api/incidents/{incident}/occurrence", new { occurred, reason = "Re-read" }))
            .Expect(HttpStatusCode.BadRequest);

        foreach (var problem in new[] { recorded, revised })
            Assert.Contains("years before 0001 are not supported", problem.GetProperty("errors").GetProperty("occurred")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await admin.EventCount(incident));
    }

    [Fact]
    public async Task A_citation_published_before_year_1_is_a_400()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));

        var problem = await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/citations",
            new { title = "Syria Direct", url = "https://syriadirect.org/a", publishedOn = "0000-01-01", excerpt = "four IS members" })).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("publishedOn", out _), problem.ToString());
        Assert.Equal(2, await (await server.As(Role.Admin)).EventCount(incident));
    }

    private async Task<HttpResponseMessage> PageAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", $"ledger_session={LedgerServer.AdminToken}");
        using var client = server.Anonymous();
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private async Task<string> UrlAsync(string route)
    {
        var (source, incident, claim) = await SeedAsync();
        return route.Replace("{source}", source.ToString(), StringComparison.Ordinal)
            .Replace("{incident}", incident.ToString(), StringComparison.Ordinal)
            .Replace("{claim}", claim.ToString(), StringComparison.Ordinal);
    }

    private (Guid Source, Guid Incident, Guid Claim)? _seeded;

    private async Task<(Guid Source, Guid Incident, Guid Claim)> SeedAsync()
    {
        if (_seeded is { } seeded) return seeded;
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));
        _seeded = (source, incident, claim);
        return (source, incident, claim);
    }
}
