using System.Net;
using System.Net.Http.Json;
using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Users;

/// <summary>
/// Every event appended on a signed-in user's behalf records their id beside their name (the <c>userId</c> header, shown
/// as <c>actorId</c> in histories); an actor that is no user (the operator on the host) records none.
/// </summary>
public sealed class Events_record_the_users_id(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Fact]
    public async Task An_incident_and_a_claim_recorded_by_a_user_carry_their_id_in_the_history()
    {
        var user = await server.RegisterAsync(Role.Documenter, "Nour Recorder");
        using var documenter = server.WithToken(user.Token);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));
        var admin = await server.As(Role.Admin);

        var history = await admin.GetJson($"/api/incidents/{incident}/history");
        var sourceHistory = await admin.GetJson($"/api/sources/{source}/history");

        var entries = history.GetProperty("events").EnumerateArray().Concat(sourceHistory.GetProperty("events").EnumerateArray()).ToList();
        Assert.Equal(3, entries.Count);
        Assert.All(entries, entry =>
        {
            Assert.Equal("Nour Recorder", entry.GetProperty("actor").GetString());
            Assert.Equal(user.Id, entry.GetProperty("actorId").GetGuid());
        });
    }

    [Fact]
    public async Task An_admins_account_changes_carry_the_admins_id()
    {
        var admin = await server.As(Role.Admin);
        var adminId = (await admin.GetFromJsonAsync<List<TestUser>>("/api/users"))!.Single(user => user.Name == "admin").Id;

        var user = await server.RegisterAsync(Role.Auditor, "Layla Registered");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/users/{user.Id}/role", new { role = "legal", reason = "moved" })).StatusCode);

        var events = await EventsOf(UserStreams.For(user.Id));
        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal(("admin", (Guid?)adminId), (e.Actor, e.ActorId)));
    }

    [Fact]
    public async Task The_operator_on_the_host_is_no_user_and_records_no_id()
    {
        var accounts = server.Get<UserAccounts>();

        var outcome = await accounts.RegisterAsync("Salma Operated", Role.Documenter, "operator:root");

        var listed = await (await server.As(Role.Admin)).GetFromJsonAsync<List<TestUser>>("/api/users");
        var salma = listed!.Single(user => user.Name == "Salma Operated");
        var registered = (await EventsOf(UserStreams.For(salma.Id)))[0];
        Assert.Equal(("operator:root", (Guid?)null), (registered.Actor, registered.ActorId));
        Assert.NotNull(outcome);
    }

    private async Task<List<StoredEvent>> EventsOf(string streamId)
    {
        var events = new List<StoredEvent>();
        await foreach (var e in server.Get<LedgerEventStore>().ReadStreamAsync(streamId)) events.Add(e);
        return events;
    }
}
