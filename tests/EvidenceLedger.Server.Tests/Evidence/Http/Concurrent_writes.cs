using System.Net;
using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.Evidence.Incidents.PlaceAliasing;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EvidenceLedger.Server.Tests.Evidence.Http;

/// <summary>
/// Optimistic concurrency. The race is made deterministic: the test appends to the incident's stream in a transaction it
/// keeps open, lets the request read the stream (it sees the committed version) and block on the stream's lock when it
/// appends, then commits — so the request's append meets a version it did not read.
/// </summary>
public sealed class Concurrent_writes(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    private const string Correction = """{"statement":"Last Wednesday, four IS members were killed in a gun battle","reason":"Quoted as said"}""";

    private async Task<(Guid Incident, Guid Claim)> ClaimAtVersion2()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));
        return (incident, claim);
    }

    [Fact]
    public async Task A_stale_If_Match_is_a_412_with_expected_and_actual_versions_and_appends_nothing()
    {
        var (incident, claim) = await ClaimAtVersion2();
        var documenter = await server.As(Role.Documenter);

        var response = await documenter.PostIfMatch($"/api/incidents/{incident}/claims/{claim}/corrections", Correction, "\"1\"");

        var problem = await response.Expect(HttpStatusCode.PreconditionFailed);
        Assert.Equal(1, problem.GetProperty("expectedVersion").GetInt64());
        Assert.Equal(2, problem.GetProperty("actualVersion").GetInt64());
        Assert.Equal(2, await (await server.As(Role.Admin)).EventCount(incident));
    }

    [Fact]
    public async Task A_current_If_Match_is_accepted_and_the_new_ETag_chains_to_the_next_write()
    {
        var (incident, claim) = await ClaimAtVersion2();
        var documenter = await server.As(Role.Documenter);
        var etag = (await documenter.GetAsync($"/api/incidents/{incident}")).ETag();
        Assert.Equal("\"2\"", etag);

        var corrected = await documenter.PostIfMatch($"/api/incidents/{incident}/claims/{claim}/corrections", Correction, etag);
        await corrected.Expect(HttpStatusCode.OK);
        var retracted = await documenter.PostIfMatch($"/api/incidents/{incident}/claims/{claim}/retraction", """{"reason":"Withdrawn"}""", corrected.ETag());

        await retracted.Expect(HttpStatusCode.OK);
        Assert.Equal("\"4\"", retracted.ETag());
    }

    [Fact]
    public async Task A_stale_If_Match_on_a_source_is_a_412_too()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        await (await documenter.PostJson($"/api/sources/{source}/aliases", new { alias = "SyriaDirect" })).Expect(HttpStatusCode.OK);

        var problem = await (await documenter.PostIfMatch($"/api/sources/{source}/reliability", """{"reliability":"C","rationale":"r"}""", "\"1\""))
            .Expect(HttpStatusCode.PreconditionFailed);

        Assert.Equal(1, problem.GetProperty("expectedVersion").GetInt64());
        Assert.Equal(2, problem.GetProperty("actualVersion").GetInt64());
        Assert.Equal(2, await (await server.As(Role.Admin)).SourceEventCount(source));
    }

    [Fact]
    public async Task A_malformed_If_Match_is_a_400_naming_it()
    {
        var (incident, claim) = await ClaimAtVersion2();

        var problem = await (await (await server.As(Role.Documenter)).PostIfMatch($"/api/incidents/{incident}/claims/{claim}/corrections", Correction, "\"two\""))
            .Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("If-Match", out _));
        Assert.Equal(2, await (await server.As(Role.Admin)).EventCount(incident));
    }

    [Fact]
    public async Task A_change_appended_between_reading_and_appending_is_a_409_without_If_Match()
    {
        var (incident, claim) = await ClaimAtVersion2();

        var response = await RaceAgainstAnotherAppend(incident, $"/api/incidents/{incident}/claims/{claim}/corrections", ifMatch: null);

        var problem = await response.Expect(HttpStatusCode.Conflict);
        Assert.Equal(2, problem.GetProperty("expectedVersion").GetInt64());
        Assert.Equal(3, problem.GetProperty("actualVersion").GetInt64());
        var events = await (await server.As(Role.Admin)).History(incident);
        Assert.Equal(["incident_recorded", "claim_recorded", "incident_place_alias_added"], events.Select(e => e.Str("type")));
    }

    [Fact]
    public async Task A_change_appended_between_reading_and_appending_is_a_412_with_If_Match()
    {
        var (incident, claim) = await ClaimAtVersion2();

        var response = await RaceAgainstAnotherAppend(incident, $"/api/incidents/{incident}/claims/{claim}/corrections", ifMatch: "\"2\"");

        var problem = await response.Expect(HttpStatusCode.PreconditionFailed);
        Assert.Equal(2, problem.GetProperty("expectedVersion").GetInt64());
        Assert.Equal(3, problem.GetProperty("actualVersion").GetInt64());
        Assert.Equal(3, await (await server.As(Role.Admin)).EventCount(incident));
    }

    private async Task<HttpResponseMessage> RaceAgainstAnotherAppend(Guid incident, string url, string? ifMatch)
    {
        var documenter = await server.As(Role.Documenter);
        var store = server.Services.GetRequiredService<LedgerEventStore>();
        await using var connection = await store.DataSource.OpenConnectionAsync();
        await using var tx = await connection.BeginTransactionAsync();
        await store.AppendAsync(connection, tx, EvidenceStreams.Incident(incident), ExpectedVersion.Exactly(2),
            [EvidenceEvents.Serializer.ToAppend(new IncidentPlaceAliasAdded(incident, "Abu Kamal"))], new AppendMetadata("another-documenter", Guid.NewGuid()));

        var request = documenter.PostIfMatch(url, Correction, ifMatch);
        await WaitUntilAnAppendWaitsForTheStreamLock(request);
        await tx.CommitAsync();
        return await request;
    }

    private async Task WaitUntilAnAppendWaitsForTheStreamLock(Task request)
    {
        await using var admin = new NpgsqlConnection(server.AdminConnectionString);
        await admin.OpenAsync();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (DateTime.UtcNow < deadline && !request.IsCompleted)
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%append_events%'", admin);
            if ((long)(await command.ExecuteScalarAsync())! > 0) return;
            await Task.Delay(10);
        }
        throw new TimeoutException("The request never reached its append: " + (request.IsCompleted ? "it completed first." : "timed out."));
    }
}
