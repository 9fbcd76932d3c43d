using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Incidents;

public sealed class Finding_likely_duplicate_incidents(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Fact]
    public async Task A_title_folding_to_a_recorded_title_lists_that_incident_and_recording_it_again_is_still_created()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var documenter = await server.As(Role.Documenter);
        var clashes = await documenter.RecordIncident(DeirEzZor.GunBattle($"Clashes with the Khalifa family {tag}"));

        var similar = await (await server.As(Role.Legal)).GetJson($"/api/incidents/similar?title={Uri.EscapeDataString($"clashes with the Khalifa-family {tag}!")}");

        var found = Assert.Single(similar.EnumerateArray());
        Assert.Equal(clashes, found.GetProperty("id").GetGuid());
        Assert.Equal($"Clashes with the Khalifa family {tag}", found.Str("title"));
        await (await documenter.PostJson("/api/incidents", DeirEzZor.GunBattle($"Clashes with the Khalifa family {tag}"))).Expect(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Asking_without_a_title_is_a_400_naming_it()
    {
        var problem = await (await (await server.As(Role.Auditor)).GetAsync("/api/incidents/similar")).Expect(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("title", out _));
    }
}
