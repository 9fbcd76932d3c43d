using System.Net;
using System.Net.Http.Json;
using EvidenceLedger.Server.CommandLine;
using EvidenceLedger.Server.Projections;

namespace EvidenceLedger.Server.Tests.Projections;

/// <summary>`./ops/ledger rebuild [NAME]`: one projection or every one, replayed from the whole log, saying how many events.</summary>
public sealed class Rebuilding_projections_from_the_command_line(ProjectionServer server) : IClassFixture<ProjectionServer>
{
    [Fact]
    public async Task Rebuilding_one_projection_by_name_brings_back_its_rows_from_the_log_and_says_how_many_events_it_replayed()
    {
        var incident = await RecordIncidentAsync();
        await server.QueryAsync("DELETE FROM ledger.mt_doc_incidentlisting");
        using var admin = server.Admin();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/incidents/{incident}")).StatusCode);
        var events = (long)(await server.QueryAsync("SELECT count(*) FROM ledger.events WHERE stream_id LIKE 'incident-%'"))!;

        var (exit, output, error) = await RunAsync("evidence_incidents");

        Assert.Equal((0, ""), (exit, error));
        Assert.Equal($"Rebuilt evidence_incidents (inline) from {events} events.", output.Trim());
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/incidents/{incident}")).StatusCode);
    }

    [Fact]
    public async Task Rebuilding_the_users_brings_back_every_account_Marten_stores_from_the_users_streams()
    {
        var layla = await server.RegisterAsync("documenter", "Layla Rebuilt");
        using var client = server.WithToken(layla.Token);
        await server.QueryAsync("DELETE FROM ledger.mt_doc_useraccount");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/incidents")).StatusCode);
        var events = (long)(await server.QueryAsync("SELECT count(*) FROM ledger.mt_events WHERE stream_id LIKE 'user-%'"))!;

        var (exit, output, error) = await RunAsync("users");

        Assert.Equal((0, ""), (exit, error));
        Assert.Equal($"Rebuilt users (inline) from {events} events.", output.Trim());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/incidents")).StatusCode);
    }

    [Fact]
    public async Task Rebuilding_without_a_name_rebuilds_every_projection()
    {
        await RecordIncidentAsync();

        var (exit, output, _) = await RunAsync(null);

        Assert.Equal(0, exit);
        var rebuilt = output.Trim().Split('\n').Select(line => line.Split(' ')[1]).ToList();
        Assert.Equal(["activity", "evidence_incidents", "evidence_sources", "exports", "users"], rebuilt);
    }

    [Fact]
    public async Task An_unknown_name_exits_2_with_the_names_there_are_and_rebuilds_nothing()
    {
        var before = await server.QueryAsync("SELECT max(rebuilt_at) FROM ledger.projection_definitions");

        var (exit, output, error) = await RunAsync("incident");

        Assert.Equal((2, ""), (exit, output));
        Assert.Contains("no projection named 'incident'", error, StringComparison.Ordinal);
        Assert.Contains("activity, evidence_incidents, evidence_sources, exports, users", error, StringComparison.Ordinal);
        Assert.Equal(before, await server.QueryAsync("SELECT max(rebuilt_at) FROM ledger.projection_definitions"));
    }

    private async Task<Guid> RecordIncidentAsync()
    {
        using var admin = server.Admin();
        var id = Guid.NewGuid();
        using var response = await admin.PostAsJsonAsync("/api/incidents",
            new { id, title = "Shelling near the water station", occurred = "2015-11-18", place = new { name = "al-Bukamal" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    private async Task<(int Exit, string Output, string Error)> RunAsync(string? name)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RebuildCommand.RunAsync(server.Get<ProjectionRebuilds>(), name, output, error, CancellationToken.None);
        return (exit, output.ToString(), error.ToString());
    }
}
