using System.Net.Http.Json;
using System.Text.Json;
using EvidenceLedger.Server.Demo.Loading;
using EvidenceLedger.Testing.Server;
using Microsoft.Extensions.DependencyInjection;

namespace EvidenceLedger.Server.Tests.Demo;

public sealed class Loading_the_demo(LedgerServer server) : IClassFixture<LedgerServer>
{
    [Fact]
    public async Task The_demo_loads_once_into_an_empty_ledger_and_its_users_can_sign_in()
    {
        var loader = server.Services.GetRequiredService<DemoLoader>();

        var first = await loader.LoadAsync("test");
        var second = await loader.LoadAsync("test");

        Assert.True(first.Loaded);
        Assert.Equal(4, first.Users.Count);
        Assert.False(second.Loaded);

        using var amira = server.WithToken(first.Users.Single(u => u.Name == "amira").Token);
        var found = await amira.GetFromJsonAsync<JsonElement>("/api/incidents?place=Abu%20Kamal");
        Assert.True(Items(found).Count >= 2, found.ToString());
        var deirEzZor = await amira.GetFromJsonAsync<JsonElement>("/api/incidents?place=Dier%20Ezzor");
        Assert.NotEmpty(Items(deirEzZor));
    }

    private static List<JsonElement> Items(JsonElement list) =>
        [.. (list.ValueKind == JsonValueKind.Array ? list : list.GetProperty("items")).EnumerateArray()];
}
