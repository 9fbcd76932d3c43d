using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Json;

/// <summary>Instants in a request body are read by NodaTime's converter; one it cannot read is a 400 naming the member.</summary>
public sealed class Reading_instants_from_a_body(LedgerServer server) : IClassFixture<LedgerServer>
{
    [Theory]
    [InlineData("\"tomorrow\"")]
    [InlineData("\"2030-01-01T00:00:00+02:00\"")]
    [InlineData("\"2030-01-01\"")]
    [InlineData("20300101")]
    public async Task An_unreadable_instant_is_a_400_naming_the_member_and_what_it_takes(string expiresAt)
    {
        var user = await server.RegisterAsync("documenter", $"Instant {Guid.NewGuid():N}"[..20]);
        using var admin = server.Admin();
        using var body = new StringContent($$"""{"expiresAt":{{expiresAt}}}""", System.Text.Encoding.UTF8, "application/json");

        var response = await admin.PostAsync($"/api/users/{user.Id}/tokens", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var messages = problem.GetProperty("errors").GetProperty("expiresAt").EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.Contains(messages, m => m!.Contains("ISO-8601 UTC instant", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_instant_in_the_API_format_is_read_and_answered_in_it()
    {
        var user = await server.RegisterAsync("documenter", $"Instant {Guid.NewGuid():N}"[..20]);
        using var admin = server.Admin();

        var response = await admin.PostAsJsonAsync($"/api/users/{user.Id}/tokens", new { expiresAt = "2030-01-01T09:30:00.25Z" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var issued = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2030-01-01T09:30:00.25Z", issued.GetProperty("expiresAt").GetString());
    }
}
