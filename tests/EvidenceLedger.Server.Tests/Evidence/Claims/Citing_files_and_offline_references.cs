using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Claims;

public sealed class Citing_files_and_offline_references(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    private const string Excerpt = "On Wednesday, four IS members were killed in a gun battle.";

    private async Task<(Guid Incident, Guid Claim)> GunBattleClaim()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.BadarAlKhalaf);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        return (incident, await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source)));
    }

    private static string Citations(Guid incident, Guid claim) => $"/api/incidents/{incident}/claims/{claim}/citations";

    [Fact]
    public async Task A_citation_of_an_uploaded_file_records_its_sha256_size_media_type_and_name()
    {
        var (incident, claim) = await GunBattleClaim();
        var documenter = await server.As(Role.Documenter);
        var bytes = FileUploads.Transcript();
        var sha256 = (await documenter.Uploaded(bytes, "interview T-17.txt")).Str("sha256");

        await (await documenter.PostJson(Citations(incident, claim), new { title = "Interview with a resident", fileSha256 = sha256.ToUpperInvariant(), excerpt = Excerpt }))
            .Expect(HttpStatusCode.Created);

        var citation = Assert.Single((await documenter.Claim(incident, claim)).GetProperty("citations").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, citation.GetProperty("url").ValueKind);
        var file = citation.GetProperty("file");
        Assert.Equal(sha256, file.Str("sha256"));
        Assert.Equal(bytes.Length, file.GetProperty("size").GetInt64());
        Assert.Equal("text/plain", file.Str("mediaType"));
        Assert.Equal("interview T-17.txt", file.Str("fileName"));
        Assert.Equal($"/api/files/{sha256}", file.Str("href"));
        var cited = (await (await server.As(Role.Admin)).History(incident)).Last().GetProperty("data");
        Assert.Equal("claim_cited", (await (await server.As(Role.Admin)).History(incident)).Last().Str("type"));
        Assert.Equal(sha256, cited.GetProperty("file").Str("sha256"));
        Assert.Equal(bytes.Length, cited.GetProperty("file").GetProperty("size").GetInt64());
    }

    [Fact]
    public async Task A_citation_of_an_offline_document_keeps_where_it_is_kept()
    {
        var (incident, claim) = await GunBattleClaim();
        var documenter = await server.As(Role.Documenter);

        await (await documenter.PostJson(Citations(incident, claim),
            new { title = "Signed statement of the local council", reference = "Archive box 14, shelf mark DZ-2015/117", publishedOn = "November 2015", excerpt = Excerpt }))
            .Expect(HttpStatusCode.Created);

        var citation = Assert.Single((await documenter.Claim(incident, claim)).GetProperty("citations").EnumerateArray());
        Assert.Equal("Archive box 14, shelf mark DZ-2015/117", citation.Str("reference"));
        Assert.Equal("2015-11", citation.Str("publishedOn"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, citation.GetProperty("file").ValueKind);
    }

    [Fact]
    public async Task A_web_citation_is_stored_as_before_without_file_or_reference()
    {
        var (incident, claim) = await GunBattleClaim();

        await (await (await server.As(Role.Documenter)).PostJson(Citations(incident, claim), DeirEzZor.SyriaDirectCitation)).Expect(HttpStatusCode.Created);

        var data = (await (await server.As(Role.Admin)).History(incident)).Last().GetProperty("data");
        Assert.False(data.TryGetProperty("file", out _));
        Assert.False(data.TryGetProperty("reference", out _));
    }

    [Theory]
    [InlineData("""{"title":"t","excerpt":"e"}""", new[] { "url", "fileSha256", "reference" })]
    [InlineData("""{"title":"t","excerpt":"e","url":"https://syriadirect.org/a","reference":"Box 14"}""", new[] { "url", "reference" })]
    [InlineData("""{"title":"t","excerpt":"e","fileSha256":"0000000000000000000000000000000000000000000000000000000000000000"}""", new[] { "fileSha256" })]
    [InlineData("""{"title":"t","excerpt":"e","fileSha256":"abc"}""", new[] { "fileSha256" })]
    [InlineData("""{"excerpt":"e","reference":"\u200b"}""", new[] { "title", "url", "fileSha256", "reference" })]
    public async Task A_citation_naming_no_document_more_than_one_or_an_unknown_file_is_a_400_naming_each_and_appends_nothing(string body, string[] fields)
    {
        var (incident, claim) = await GunBattleClaim();

        var problem = await (await (await server.As(Role.Documenter)).PostRaw(Citations(incident, claim), body)).Expect(HttpStatusCode.BadRequest);

        foreach (var field in fields)
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"The problem should name '{field}': {problem}");
        Assert.Equal(2, await (await server.As(Role.Admin)).EventCount(incident));
    }

    [Fact]
    public async Task The_same_passage_of_the_same_file_is_cited_once()
    {
        var (incident, claim) = await GunBattleClaim();
        var documenter = await server.As(Role.Documenter);
        var sha256 = (await documenter.Uploaded(FileUploads.Transcript())).Str("sha256");
        var citation = new { title = "Interview", fileSha256 = sha256, excerpt = Excerpt };

        await (await documenter.PostJson(Citations(incident, claim), citation)).Expect(HttpStatusCode.Created);

        await (await documenter.PostJson(Citations(incident, claim), citation)).Expect(HttpStatusCode.Conflict);
    }
}
