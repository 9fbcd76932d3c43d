using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Incidents.Importing;

/// <summary>POST /api/imports with a text/csv body records one incident per row, all or nothing.</summary>
public sealed class Importing_incidents_from_csv(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    internal static async Task<HttpResponseMessage> Import(HttpClient client, string csv, string query = "", string contentType = "text/csv")
    {
        using var content = new StringContent(csv, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType) { CharSet = "utf-8" };
        return await client.PostAsync("/api/imports" + query, content);
    }

    private async Task<int> IncidentsFound(string words) =>
        (await (await server.As(Role.Admin)).GetJson($"/api/incidents?q={Uri.EscapeDataString(words)}")).GetProperty("total").GetInt32();

    [Fact]
    public async Task Each_row_becomes_an_incident_and_the_answer_lists_their_ids()
    {
        var documenter = await server.As(Role.Documenter);
        const string csv = """
            title,occurred,place,aliases,summary
            Importwave arrests at the Hajin bakery,spring 2015,Hajin,Hajeen; هجين,"Men were taken, the bakery closed"
            Importwave shelling of the old market,18/11/2015,Deir ez-Zor,,
            """;

        var answer = await (await Import(documenter, csv, "?reason=Migrated+from+the+team+spreadsheet")).Expect(HttpStatusCode.Created);

        Assert.Equal(2, answer.GetProperty("count").GetInt32());
        Assert.False(answer.GetProperty("dryRun").GetBoolean());
        var imported = answer.GetProperty("incidents").EnumerateArray().ToList();
        Assert.Equal([1, 2], imported.Select(i => i.GetProperty("row").GetInt32()));
        var bakery = await documenter.Incident(imported[0].GetProperty("id").GetGuid());
        Assert.Equal("Importwave arrests at the Hajin bakery", bakery.Str("title"));
        Assert.Equal("2015-21", bakery.Str("occurred"));
        Assert.Equal("Hajin", bakery.GetProperty("place").Str("name"));
        Assert.Equal(["Hajeen", "هجين"], bakery.GetProperty("place").GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("Men were taken, the bakery closed", bakery.Str("summary"));
        var market = await documenter.Incident(imported[1].GetProperty("id").GetGuid());
        Assert.Equal("2015-11-18", market.Str("occurred"));
        var recorded = (await (await server.As(Role.Admin)).History(imported[1].GetProperty("id").GetGuid())).Single();
        Assert.Equal("Migrated from the team spreadsheet", recorded.Str("reason"));
    }

    [Fact]
    public async Task A_bad_row_refuses_the_whole_file_naming_every_bad_cell_and_appends_nothing()
    {
        var documenter = await server.As(Role.Documenter);
        const string csv = """
            title,occurred,place,aliases,summary
            Refusedwave raid on the clinic,2015-11-18,al-Ashara,,
            Refusedwave looting,the week after the raid,al-Ashara,,
            ,2015,,Abu Kamal,
            """;

        var problem = await (await Import(documenter, csv)).Expect(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Equal(["rows[2].occurred", "rows[3].place", "rows[3].title"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("Forms that work", errors.GetProperty("rows[2].occurred")[0].GetString()!, StringComparison.Ordinal);
        Assert.Equal(0, await IncidentsFound("Refusedwave"));
    }

    [Fact]
    public async Task A_file_whose_header_lacks_a_required_column_or_names_an_unknown_one_is_refused()
    {
        var documenter = await server.As(Role.Documenter);

        var problem = await (await Import(documenter, "titel,occurred\nHeaderwave,2015\n")).Expect(HttpStatusCode.BadRequest);

        var header = problem.GetProperty("errors").GetProperty("header").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(header, message => message.Contains("'titel'", StringComparison.Ordinal));
        Assert.Contains(header, message => message.Contains("'title'", StringComparison.Ordinal));
        Assert.Contains(header, message => message.Contains("'place'", StringComparison.Ordinal));
        Assert.Equal(0, await IncidentsFound("Headerwave"));
    }

    [Fact]
    public async Task A_dry_run_checks_every_row_and_appends_nothing()
    {
        var documenter = await server.As(Role.Documenter);

        var answer = await (await Import(documenter, "title,occurred,place\nDrywave gun battle,2015-11,al-Bukamal\n", "?dryRun=true")).Expect(HttpStatusCode.OK);

        Assert.True(answer.GetProperty("dryRun").GetBoolean());
        Assert.Equal(1, answer.GetProperty("count").GetInt32());
        Assert.Equal(0, await IncidentsFound("Drywave"));
    }

    [Fact]
    public async Task A_file_of_more_rows_than_the_limit_is_refused_whole()
    {
        var documenter = await server.As(Role.Documenter);
        var csv = "title,occurred,place\n" + string.Concat(Enumerable.Range(1, 5_001).Select(i => $"Limitwave {i},2015,Hajin\n"));

        var problem = await (await Import(documenter, csv)).Expect(HttpStatusCode.BadRequest);

        Assert.Contains("5000", problem.GetProperty("errors").GetProperty("rows")[0].GetString()!, StringComparison.Ordinal);
        Assert.Equal(0, await IncidentsFound("Limitwave"));
    }

    [Fact]
    public async Task Five_thousand_rows_the_most_a_file_may_hold_import_together()
    {
        var documenter = await server.As(Role.Documenter);
        var csv = "title,occurred,place,aliases,summary\n" + string.Concat(Enumerable.Range(1, 5_000).Select(i => $"Bulkwave incident {i},mid-November 2015,al-Bukamal,Abu Kamal,Row {i} of the spreadsheet\n"));

        var answer = await (await Import(documenter, csv)).Expect(HttpStatusCode.Created);

        Assert.Equal(5_000, answer.GetProperty("count").GetInt32());
        Assert.Equal(5_000, await IncidentsFound("Bulkwave"));
    }

    [Fact]
    public async Task A_body_that_is_not_csv_is_a_415()
    {
        var documenter = await server.As(Role.Documenter);

        var response = await Import(documenter, "{\"title\":\"x\"}", contentType: "application/json");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_a_413()
    {
        var documenter = await server.As(Role.Documenter);
        var csv = "title,occurred,place\n" + string.Concat(Enumerable.Repeat("Oversized wave,2015,Hajin\n", 170_000));

        var response = await Import(documenter, csv);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData(Role.Legal)]
    [InlineData(Role.Auditor)]
    public async Task Only_roles_that_may_write_may_import(string role)
    {
        var reader = await server.As(role);

        var response = await Import(reader, "title,occurred,place\nRolewave,2015,Hajin\n");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_header_only_file_is_refused_as_empty()
    {
        var documenter = await server.As(Role.Documenter);

        var problem = await (await Import(documenter, "title,occurred,place,aliases,summary\n")).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("rows", out _));
    }

    [Fact]
    public async Task A_row_with_broken_quoting_is_named_beside_the_bad_cells_of_the_rows_after_it()
    {
        var documenter = await server.As(Role.Documenter);

        var problem = await (await Import(documenter, "title,occurred,place\nQuotewave \"raid,2015,Hajin\nQuotewave looting,sometime,Hajin\n")).Expect(HttpStatusCode.BadRequest);

        Assert.Equal(["rows[1]", "rows[2].occurred"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(0, await IncidentsFound("Quotewave"));
    }
}
