using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Sources;

public sealed class Registering_and_reading_sources(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Fact]
    public async Task A_documenter_registers_a_source_and_gets_its_id_version_location_and_etag()
    {
        var documenter = await server.As(Role.Documenter);

        var response = await documenter.PostJson("/api/sources", new { name = "Syria Direct", kind = "media", reliability = "B", aliases = new List<string> { "SyriaDirect" } });

        var created = await response.Expect(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(2, created.GetProperty("version").GetInt64()); // registered, then its alias, in one append
        Assert.Equal($"/api/sources/{id:D}", response.Headers.Location!.OriginalString);
        Assert.Equal("\"2\"", response.ETag());

        var source = await documenter.GetJson($"/api/sources/{id}");
        Assert.Equal("Syria Direct", source.Str("name"));
        Assert.Equal("media", source.Str("kind"));
        Assert.Equal("usually_reliable", source.Str("reliability"));
        Assert.Equal("B", source.Str("reliabilityCode"));
        Assert.Equal(["SyriaDirect"], source.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("none", source.Str("identityStatus"));
        Assert.StartsWith("documenter-", source.Str("registeredBy"), StringComparison.Ordinal);
        Assert.False(source.TryGetProperty("protectedIdentity", out _));
    }

    [Fact]
    public async Task Sources_are_listed_and_found_by_any_word_of_their_name_or_alias()
    {
        var documenter = await server.As(Role.Documenter);
        var soundAndPicture = await documenter.RegisterSource(new { name = "Sound and Picture", kind = "organization", reliability = "C", aliases = new List<string> { "Sound & Picture" } });
        var anonymous = await documenter.RegisterSource(DeirEzZor.OppositionMilitarySource);

        var legal = await server.As(Role.Legal);
        var all = (await legal.GetJson("/api/sources")).EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(soundAndPicture, all);
        Assert.Contains(anonymous, all);
        Assert.True(all.IndexOf(soundAndPicture) < all.IndexOf(anonymous), "Sources are listed in the order they were registered.");

        var found = (await legal.GetJson("/api/sources?q=PICTURE%20%26")).EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([soundAndPicture], found);
        var anonymousOnes = (await legal.GetJson("/api/sources?kind=anonymous")).EnumerateArray().ToList();
        Assert.All(anonymousOnes, s => Assert.Equal("anonymous", s.Str("kind")));
        Assert.Contains(anonymousOnes, s => s.GetProperty("id").GetGuid() == anonymous);
    }

    [Theory]
    [InlineData("""{"kind":"media","reliability":"B"}""", "name")]
    [InlineData("""{"name":"Syria Direct","reliability":"B"}""", "kind")]
    [InlineData("""{"name":"Syria Direct","kind":"newspaper","reliability":"B"}""", "kind")]
    [InlineData("""{"name":"Syria Direct","kind":"media"}""", "reliability")]
    [InlineData("""{"name":"Syria Direct","kind":"media","reliability":"G"}""", "reliability")]
    [InlineData("""{"name":"Syria Direct","kind":"media","reliability":7}""", "reliability")]
    [InlineData("""{"name":"Syria Direct","kind":"media","reliability":"B","aliases":["Syria Direct"]}""", "aliases[0]")]
    [InlineData("""{"name":"Syria Direct","kind":"media","reliability":"B","protectedIdentity":{"contact":"x"}}""", "protectedIdentity.realName")]
    [InlineData("""{"name":"Syria Direct","kind":"media","reliability":"B",""", "$")]
    [InlineData("""{"id":"not-a-guid","name":"Syria Direct","kind":"media","reliability":"B"}""", "id")]
    public async Task A_missing_or_out_of_range_field_is_a_400_naming_it_and_registers_nothing(string body, string field)
    {
        var documenter = await server.As(Role.Documenter);
        var before = (await documenter.GetJson("/api/sources")).GetArrayLength();

        var problem = await (await documenter.PostRaw("/api/sources", body)).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"The problem should name '{field}': {problem}");
        Assert.Equal(before, (await documenter.GetJson("/api/sources")).GetArrayLength());
    }

    [Fact]
    public async Task Registering_the_same_id_twice_is_a_409()
    {
        var documenter = await server.As(Role.Documenter);
        var id = Guid.NewGuid();
        await (await documenter.PostJson("/api/sources", new { id, name = "Syria Direct", kind = "media", reliability = "B" })).Expect(HttpStatusCode.Created);

        await (await documenter.PostJson("/api/sources", new { id, name = "Syria Direct", kind = "media", reliability = "B" })).Expect(HttpStatusCode.Conflict);

        Assert.Equal(1, await (await server.As(Role.Admin)).SourceEventCount(id));
    }

    [Fact]
    public async Task An_unknown_source_is_a_404()
    {
        var legal = await server.As(Role.Legal);
        var problem = await (await legal.GetAsync($"/api/sources/{Guid.NewGuid()}")).Expect(HttpStatusCode.NotFound);
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        await (await legal.GetAsync("/api/sources/not-a-guid")).Expect(HttpStatusCode.NotFound);
    }
}
