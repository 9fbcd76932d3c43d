using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using EvidenceLedger.Testing.Server;
using Npgsql;

namespace EvidenceLedger.Server.Tests.Users;

/// <summary>An admin lists users, issues and revokes their tokens and changes their roles, each an event with who and why.</summary>
public sealed class Running_accounts(LedgerServer server) : IClassFixture<LedgerServer>
{
    [Fact]
    public async Task An_admin_lists_users_with_their_role_and_token_state_and_no_one_else_may()
    {
        var amira = await server.RegisterAsync("documenter", "Amira Listed");
        using var admin = server.Admin();

        var users = (await admin.GetFromJsonAsync<List<Listed>>("/api/users"))!;

        var listed = Assert.Single(users, u => u.Id == amira.Id);
        Assert.Equal(("Amira Listed", "documenter", "active", 1L), (listed.Name, listed.Role, listed.Tokens.State, listed.Tokens.Active));
        Assert.Contains(users, u => u is { Name: "admin", Role: "admin" });
        Assert.DoesNotContain(amira.Token, await admin.GetStringAsync("/api/users"), StringComparison.Ordinal);
        using var documenter = server.WithToken(amira.Token);
        Assert.Equal(HttpStatusCode.Forbidden, (await documenter.GetAsync("/api/users")).StatusCode);
    }

    [Fact]
    public async Task Revoking_a_user_stops_every_token_of_theirs_at_the_next_request()
    {
        var youssef = await server.RegisterAsync("documenter", "Youssef Revoked");
        using var admin = server.Admin();
        var second = await (await admin.PostAsJsonAsync($"/api/users/{youssef.Id}/tokens", new { })).Content.ReadFromJsonAsync<Issued>();
        using var first = server.WithToken(youssef.Token);
        using var other = server.WithToken(second!.Token);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/incidents")).StatusCode);

        var revoked = await admin.PostAsJsonAsync($"/api/users/{youssef.Id}/revoke", new { reason = "left the team" });

        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/incidents")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/incidents")).StatusCode);
        var listed = (await admin.GetFromJsonAsync<List<Listed>>("/api/users"))!.Single(u => u.Id == youssef.Id);
        Assert.Equal(("revoked", 0L, 2L), (listed.Tokens.State, listed.Tokens.Active, listed.Tokens.Revoked));

        var fresh = await (await admin.PostAsJsonAsync($"/api/users/{youssef.Id}/tokens", new { reason = "back on the team" })).Content.ReadFromJsonAsync<Issued>();
        using var again = server.WithToken(fresh!.Token);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/incidents")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync("/api/incidents")).StatusCode);
    }

    [Fact]
    public async Task A_new_token_is_answered_once_and_works_beside_the_old_one()
    {
        var rania = await server.RegisterAsync("legal", "Rania Tokens");
        using var admin = server.Admin();

        var response = await admin.PostAsJsonAsync($"/api/users/{rania.Id}/tokens", new { reason = "a second laptop" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var issued = (await response.Content.ReadFromJsonAsync<Issued>())!;
        Assert.StartsWith("elt_", issued.Token, StringComparison.Ordinal);
        Assert.NotEqual(rania.Token, issued.Token);
        using var old = server.WithToken(rania.Token);
        using var fresh = server.WithToken(issued.Token);
        Assert.Equal(HttpStatusCode.OK, (await old.GetAsync("/api/incidents")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/incidents")).StatusCode);
    }

    [Fact]
    public async Task A_token_past_its_expiry_opens_nothing()
    {
        var karim = await server.RegisterAsync("auditor", "Karim Expiring");
        using var admin = server.Admin();
        var expiresAt = DateTimeOffset.UtcNow.AddSeconds(2);
        var issued = (await (await admin.PostAsJsonAsync($"/api/users/{karim.Id}/tokens", new { expiresAt = expiresAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture) })).Content.ReadFromJsonAsync<Issued>())!;
        using var client = server.WithToken(issued.Token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/incidents")).StatusCode);

        await Task.Delay(expiresAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(300));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/incidents")).StatusCode);
        var past = await admin.PostAsJsonAsync($"/api/users/{karim.Id}/tokens", new { expiresAt = "2015-11-25T09:00:00Z" });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);
        Assert.Contains("expiresAt", await past.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_role_takes_effect_on_the_next_request()
    {
        var lina = await server.RegisterAsync("documenter", "Lina Moved");
        using var admin = server.Admin();
        using var client = server.WithToken(lina.Token);

        var changed = await admin.PostAsJsonAsync($"/api/users/{lina.Id}/role", new { role = "legal", reason = "moved to the legal team" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("legal", (await changed.Content.ReadFromJsonAsync<Listed>())!.Role);
        var write = await client.PostAsJsonAsync("/api/incidents", new { title = "x", occurred = "2015", place = new { name = "al-Bukamal" } });
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        var unknown = await admin.PostAsJsonAsync($"/api/users/{lina.Id}/role", new { role = "emperor" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("\"role\"", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"/api/users/{Guid.NewGuid()}/role", new { role = "legal" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"/api/users/{Guid.NewGuid()}/revoke", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync($"/api/users/{Guid.NewGuid()}/tokens", new { })).StatusCode);
    }

    [Fact]
    public async Task Every_account_change_is_an_event_with_who_and_why()
    {
        var omar = await server.RegisterAsync("documenter", "Omar Audited");
        using var admin = server.Admin();
        await admin.PostAsJsonAsync($"/api/users/{omar.Id}/role", new { role = "auditor", reason = "joined the audit" });
        await admin.PostAsJsonAsync($"/api/users/{omar.Id}/revoke", new { reason = "lost laptop" });

        var events = await EventsOfAsync($"user-{omar.Id}");

        Assert.Equal(["user_registered", "user_token_issued", "user_role_changed", "user_tokens_revoked"], events.Select(e => e.Type));
        Assert.All(events, e => Assert.Equal("admin", e.Actor));
        Assert.Equal(["joined the audit", "lost laptop"], events.Skip(2).Select(e => e.Reason));
    }

    [Fact]
    public async Task Tokens_are_kept_only_as_keyed_hashes()
    {
        var sara = await server.RegisterAsync("documenter", "Sara Hashed");
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sara.Token)));

        var everything = await DumpAsync();

        Assert.DoesNotContain(sara.Token, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(sha256, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(LedgerServer.AdminToken))), everything, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_session_cookie_does_not_open_the_api()
    {
        using var client = server.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/incidents");
        request.Headers.Add("Cookie", $"ledger_session={LedgerServer.AdminToken}");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
    }

    private async Task<List<(string Type, string Actor, string? Reason)>> EventsOfAsync(string stream)
    {
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT type, actor, reason FROM ledger.events WHERE stream_id = $1 ORDER BY version", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = stream });
        var events = new List<(string, string, string?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) events.Add((reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        return events;
    }

    /// <summary>Every event and every user account Marten stores, as text: where a token or its plain hash would show.</summary>
    private async Task<string> DumpAsync()
    {
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT coalesce(string_agg(data::text || coalesce(headers::text, ''), ' '), '') FROM ledger.mt_events
            UNION ALL SELECT coalesce(string_agg(u::text, ' '), '') FROM ledger.mt_doc_useraccount u
            """, connection);
        var text = new StringBuilder();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) text.Append(reader.GetString(0));
        return text.ToString();
    }

    private sealed record Listed(Guid Id, string Name, string Role, TokensListed Tokens);

    private sealed record TokensListed(string State, long Active, long Revoked, long Expired);

    private sealed record Issued(Guid UserId, Guid TokenId, string Token);
}
