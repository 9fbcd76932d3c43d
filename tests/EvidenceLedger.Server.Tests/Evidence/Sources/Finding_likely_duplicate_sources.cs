using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Sources;

public sealed class Finding_likely_duplicate_sources(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    private static string Unique() => Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task A_name_folding_to_a_registered_name_or_alias_lists_that_source()
    {
        var tag = Unique();
        var documenter = await server.As(Role.Documenter);
        var sound = await documenter.RegisterSource(new { name = $"Sound and Picture {tag}", kind = "organization", reliability = "C" });
        var direct = await documenter.RegisterSource(new { name = $"Syria Direct {tag}", kind = "media", reliability = "B", aliases = new[] { $"SD-News {tag}" } });

        var auditor = await server.As(Role.Auditor);
        Assert.Equal([sound], Ids(await auditor.GetJson($"/api/sources/similar?name={Uri.EscapeDataString($"sound & picture {tag}")}")));
        Assert.Equal([direct], Ids(await auditor.GetJson($"/api/sources/similar?name={Uri.EscapeDataString($"sd news {tag}")}")));
        Assert.Empty(Ids(await auditor.GetJson($"/api/sources/similar?name={Uri.EscapeDataString($"Raqqa Post {tag}")}")));
    }

    [Fact]
    public async Task Registering_a_likely_duplicate_through_the_api_is_still_created()
    {
        var tag = Unique();
        var documenter = await server.As(Role.Documenter);
        await documenter.RegisterSource(new { name = $"al-Bukamal Media {tag}", kind = "media", reliability = "C" });

        var response = await documenter.PostJson("/api/sources", new { name = $"Al Bukamal Media {tag}", kind = "media", reliability = "C" });

        await response.Expect(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?name=")]
    [InlineData("?name=%E2%80%8B")]
    public async Task Asking_without_a_name_is_a_400_naming_it(string query)
    {
        var problem = await (await (await server.As(Role.Legal)).GetAsync("/api/sources/similar" + query)).Expect(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
    }

    private static List<Guid> Ids(System.Text.Json.JsonElement sources) => sources.EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();
}
