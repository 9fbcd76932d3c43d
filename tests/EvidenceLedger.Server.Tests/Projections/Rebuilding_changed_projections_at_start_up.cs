using System.Net;
using System.Net.Http.Json;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Projections;

/// <summary>A projection whose definition changed is rebuilt when a server starts, without anyone remembering to.</summary>
public sealed class Rebuilding_changed_projections_at_start_up(ProjectionServer server) : IClassFixture<ProjectionServer>
{
    [Fact]
    public async Task A_server_starting_rebuilds_the_projections_whose_recorded_version_or_tables_differ_and_only_those()
    {
        using var admin = server.Admin();
        var incident = Guid.NewGuid();
        (await admin.PostAsJsonAsync("/api/incidents",
            new { id = incident, title = "Shelling near the water station", occurred = "2015-11-18", place = new { name = "al-Bukamal" } })).EnsureSuccessStatusCode();
        await server.QueryAsync("DELETE FROM ledger.mt_doc_incidentlisting");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/incidents/{incident}")).StatusCode);
        await server.QueryAsync("UPDATE ledger.projection_definitions SET version = 0 WHERE name = 'evidence_incidents'");
        await server.QueryAsync("UPDATE ledger.projection_definitions SET tables_sha256 = 'from an older build' WHERE name = 'evidence_sources'");
        var usersRebuiltAt = await server.QueryAsync("SELECT rebuilt_at FROM ledger.projection_definitions WHERE name = 'users'");

        await server.StartAndStopAnotherAsync();

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/incidents/{incident}")).StatusCode);
        Assert.Equal(1, await server.QueryAsync("SELECT version FROM ledger.projection_definitions WHERE name = 'evidence_incidents'"));
        Assert.Equal(64, await server.QueryAsync("SELECT length(tables_sha256) FROM ledger.projection_definitions WHERE name = 'evidence_sources'"));
        Assert.Equal(usersRebuiltAt, await server.QueryAsync("SELECT rebuilt_at FROM ledger.projection_definitions WHERE name = 'users'"));
    }

    [Fact]
    public async Task A_server_starting_rebuilds_the_user_accounts_when_their_projection_version_changed()
    {
        var karim = await server.RegisterAsync("documenter", "Karim Restarted");
        using var client = server.WithToken(karim.Token);
        await server.QueryAsync("DELETE FROM ledger.mt_doc_useraccount");
        await server.QueryAsync("UPDATE ledger.projection_definitions SET version = 0 WHERE name = 'users'");

        await server.StartAndStopAnotherAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/incidents")).StatusCode);
        Assert.Equal(UsersProjection.DefinitionVersion, await server.QueryAsync("SELECT version FROM ledger.projection_definitions WHERE name = 'users'"));
    }
}
