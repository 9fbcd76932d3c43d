using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Files;

public sealed class Uploading_large_files(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Fact]
    public async Task A_file_larger_than_the_json_body_limit_is_taken_while_json_bodies_keep_their_limit()
    {
        var bytes = new byte[3 * 1024 * 1024];
        Random.Shared.NextBytes(bytes);
        var documenter = await server.As(Role.Documenter);

        var created = await (await documenter.Upload(bytes, "video.mp4", "video/mp4")).Expect(HttpStatusCode.Created);

        Assert.Equal(bytes.Length, created.GetProperty("size").GetInt64());
        await (await documenter.PostRaw("/api/sources", $"{{\"name\":\"{new string('a', 2 * 1024 * 1024)}\"}}")).Expect(HttpStatusCode.RequestEntityTooLarge);
    }
}
