using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Incidents.Importing;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Sources.Importing;

/// <summary>POST /api/imports?kind=sources registers one source per row, all or nothing.</summary>
public sealed class Importing_sources_from_csv(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)];

    private async Task<int> SourcesNamed(string words) =>
        (await (await server.As(Role.Admin)).GetJson($"/api/sources?q={Uri.EscapeDataString(words)}")).GetArrayLength();

    [Fact]
    public async Task Each_row_registers_a_source_with_its_kind_grade_and_aliases()
    {
        var documenter = await server.As(Role.Documenter);
        var (network, witness) = (Unique("Sound and Picture"), Unique("Witness from Hajin"));
        var csv = $"""
            name,kind,reliability,aliases
            {network},media,B,Sound & Picture; صوت وصورة
            {witness},anonymous,usually_reliable,
            """;

        var answer = await (await Importing_incidents_from_csv.Import(documenter, csv, "?kind=sources&reason=From+the+team+sheet")).Expect(HttpStatusCode.Created);

        Assert.Equal(2, answer.GetProperty("count").GetInt32());
        Assert.Equal("sources", answer.GetProperty("kind").GetString());
        Assert.False(answer.TryGetProperty("incidents", out _));
        var imported = answer.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal([1, 2], imported.Select(source => source.GetProperty("row").GetInt32()));
        var registered = await documenter.GetJson($"/api/sources/{imported[0].GetProperty("id").GetGuid()}");
        Assert.Equal(network, registered.GetProperty("name").GetString());
        Assert.Equal("media", registered.GetProperty("kind").GetString());
        Assert.Equal("B", registered.GetProperty("reliabilityCode").GetString());
        Assert.Equal(["Sound & Picture", "صوت وصورة"], registered.GetProperty("aliases").EnumerateArray().Select(alias => alias.GetString()));
        var anonymous = await documenter.GetJson($"/api/sources/{imported[1].GetProperty("id").GetGuid()}");
        Assert.Equal("anonymous", anonymous.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_bad_row_refuses_the_whole_file_naming_every_bad_cell_and_registers_nothing()
    {
        var documenter = await server.As(Role.Documenter);
        var marker = Unique("Refusedsource");
        var csv = $"""
            name,kind,reliability,aliases
            {marker} one,media,B,
            {marker} two,newspaper,G,
            ,individual,C,
            """;

        var problem = await (await Importing_incidents_from_csv.Import(documenter, csv, "?kind=sources")).Expect(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Equal(["rows[2].kind", "rows[2].reliability", "rows[3].name"], errors.EnumerateObject().Select(error => error.Name).Order(StringComparer.Ordinal));
        Assert.Equal(0, await SourcesNamed(marker));
    }

    [Fact]
    public async Task A_name_already_registered_or_given_twice_in_the_file_is_refused()
    {
        var documenter = await server.As(Role.Documenter);
        var existing = Unique("Raqqa Is Being Slaughtered Silently");
        await documenter.RegisterSource(new { name = existing, kind = "organization", reliability = "C" });
        var fresh = Unique("Deir Ezzor 24");
        var csv = $"""
            name,kind,reliability,aliases
            {existing.ToUpperInvariant()},organization,C,
            {fresh},media,C,
            {fresh},media,C,
            """;

        var problem = await (await Importing_incidents_from_csv.Import(documenter, csv, "?kind=sources")).Expect(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.Equal(["rows[1].name", "rows[3].name"], errors.EnumerateObject().Select(error => error.Name).Order(StringComparer.Ordinal));
        Assert.Contains("row 2", errors.GetProperty("rows[3].name")[0].GetString()!, StringComparison.Ordinal);
        Assert.Equal(0, await SourcesNamed(fresh));
    }

    [Fact]
    public async Task A_dry_run_checks_every_row_and_registers_nothing()
    {
        var documenter = await server.As(Role.Documenter);
        var name = Unique("Drysource");

        var answer = await (await Importing_incidents_from_csv.Import(documenter, $"name,kind,reliability\n{name},media,D\n", "?kind=sources&dryRun=true"))
            .Expect(HttpStatusCode.OK);

        Assert.True(answer.GetProperty("dryRun").GetBoolean());
        Assert.Equal(1, answer.GetProperty("count").GetInt32());
        Assert.Equal(0, await SourcesNamed(name));
    }

    [Fact]
    public async Task An_unknown_kind_of_import_is_a_400_naming_the_kinds()
    {
        var documenter = await server.As(Role.Documenter);

        var problem = await (await Importing_incidents_from_csv.Import(documenter, "name\nx\n", "?kind=people")).Expect(HttpStatusCode.BadRequest);

        Assert.Contains("sources", problem.GetProperty("errors").GetProperty("kind")[0].GetString()!, StringComparison.Ordinal);
    }
}
