using System.Net;
using System.Net.Http.Json;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Users;

public sealed class Registering_users(LedgerServer server) : IClassFixture<LedgerServer>
{
    [Fact]
    public async Task An_admin_creates_a_user_whose_token_works_at_once()
    {
        using var admin = server.Admin();
        var response = await admin.PostAsJsonAsync("/api/users", new { name = "Amira", role = "documenter" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var user = await response.Content.ReadFromJsonAsync<Created>();
        Assert.StartsWith("elt_", user!.Token, StringComparison.Ordinal);

        using var amira = server.WithToken(user.Token);
        Assert.Equal(HttpStatusCode.Forbidden, (await amira.PostAsJsonAsync("/api/users", new { name = "x", role = "admin" })).StatusCode);
    }

    [Fact]
    public async Task Without_a_valid_token_the_answer_is_401()
    {
        using var anonymous = server.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/users", new { name = "x", role = "admin" })).StatusCode);
        using var forged = server.WithToken("elt_forged");
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.PostAsJsonAsync("/api/users", new { name = "x", role = "admin" })).StatusCode);
    }

    [Fact]
    public async Task An_unknown_role_is_a_problem_naming_the_role_field()
    {
        using var admin = server.Admin();
        var response = await admin.PostAsJsonAsync("/api/users", new { name = "Youssef", role = "emperor" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("\"role\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_user_with_the_same_name_is_a_conflict()
    {
        using var admin = server.Admin();
        await admin.PostAsJsonAsync("/api/users", new { name = "Rami", role = "legal" });
        var again = await admin.PostAsJsonAsync("/api/users", new { name = "rami", role = "auditor" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    private sealed record Created(Guid Id, string Name, string Role, string Token);
}
