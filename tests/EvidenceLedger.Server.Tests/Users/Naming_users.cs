using System.Net;
using System.Net.Http.Json;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Users;

/// <summary>Events record who acted by name, so a name must read as what it is and as no one else's.</summary>
public sealed class Naming_users(LedgerServer server) : IClassFixture<LedgerServer>
{
    [Theory]
    [InlineData("rel-legal\u200b")]
    [InlineData("rel\u2011legal")]
    [InlineData("\u202elagel-ler")]
    [InlineData("\u200b")]
    [InlineData("  ")]
    [InlineData("amira\u0000")]
    [InlineData("a\tb")]
    [InlineData("-_.")]
    public async Task A_name_with_invisible_look_alike_or_control_characters_is_refused_naming_the_field(string name)
    {
        using var admin = server.Admin();

        var response = await admin.PostAsJsonAsync("/api/users", new { name, role = "documenter" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"name\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("REL Legal")]
    [InlineData("rel_legal")]
    [InlineData("Rel.Legal")]
    [InlineData("ｒｅｌ-ｌｅｇａｌ")]
    public async Task A_name_that_reads_as_an_existing_users_is_a_conflict(string alike)
    {
        using var admin = server.Admin();
        await admin.PostAsJsonAsync("/api/users", new { name = "rel-legal", role = "legal" });

        var response = await admin.PostAsJsonAsync("/api/users", new { name = alike, role = "documenter" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("rel-legal", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Amira Haddad")]
    [InlineData("عمر الأحمد")]
    [InlineData("Zoë O'Neil")]
    public async Task Names_in_any_script_with_ordinary_punctuation_are_accepted(string name)
    {
        using var admin = server.Admin();

        var response = await admin.PostAsJsonAsync("/api/users", new { name, role = "documenter" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(name, (await response.Content.ReadFromJsonAsync<TestUser>())!.Name);
    }
}
