using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Evidence.Http;

/// <summary>A 403 says which role the action needs and which one the user has.</summary>
public sealed class Refusals_name_the_role(LedgerServer server) : IClassFixture<LedgerServer>
{
    [Fact]
    public async Task A_documenter_refused_verification_is_told_it_needs_an_auditor_or_admin()
    {
        using var documenter = await server.ClientFor("documenter");

        var response = await documenter.PostAsync("/api/ledger/verify", null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["auditor", "admin"], problem.GetProperty("requiredRoles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("documenter", problem.GetProperty("yourRole").GetString());
        Assert.Contains("auditor or admin", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_documenter_looking_into_the_past_is_told_who_may()
    {
        using var documenter = await server.ClientFor("documenter");

        var response = await documenter.GetAsync("/api/incidents?asOf=2015-11-25T09:00:00Z");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["legal", "auditor", "admin"], problem.GetProperty("requiredRoles").EnumerateArray().Select(r => r.GetString()));
    }
}
