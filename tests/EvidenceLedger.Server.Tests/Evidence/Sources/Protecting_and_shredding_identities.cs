using System.Net;
using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Hashing;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EvidenceLedger.Server.Tests.Evidence.Sources;

public sealed class Protecting_and_shredding_identities(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    private const string RealName = "Abu Omar al-Deiri";
    private const string Contact = "Signal, via the Deir e-Zor countryside network";

    private async Task<Guid> AnonymousSourceWithIdentity()
    {
        var documenter = await server.As(Role.Documenter);
        return await documenter.RegisterSource(new
        {
            name = "Opposition military source in Deir e-Zor city",
            kind = "anonymous",
            reliability = "F",
            protectedIdentity = new { realName = RealName, contact = Contact },
        });
    }

    [Fact]
    public async Task Only_admins_see_the_protected_identity_and_the_ledger_holds_only_ciphertext()
    {
        var source = await AnonymousSourceWithIdentity();

        var asAdmin = await (await server.As(Role.Admin)).GetJson($"/api/sources/{source}");
        Assert.Equal("protected", asAdmin.Str("identityStatus"));
        Assert.Equal(RealName, asAdmin.GetProperty("protectedIdentity").Str("realName"));
        Assert.Equal(Contact, asAdmin.GetProperty("protectedIdentity").Str("contact"));
        foreach (var role in new[] { Role.Documenter, Role.Legal, Role.Auditor })
        {
            var read = await (await server.As(role)).GetJson($"/api/sources/{source}");
            Assert.Equal("protected", read.Str("identityStatus"));
            Assert.False(read.TryGetProperty("protectedIdentity", out _), $"{role} must not see the identity.");
        }

        var history = await (await server.As(Role.Admin)).GetAsync($"/api/sources/{source}/history");
        var raw = await history.Content.ReadAsStringAsync();
        Assert.Contains("source_protected_identity_attached", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Abu Omar", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Signal", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_shredding_no_one_can_read_the_identity_the_source_still_reads_and_every_hash_still_verifies()
    {
        var source = await AnonymousSourceWithIdentity();
        var documenter = await server.As(Role.Documenter);
        var incident = await documenter.RecordIncident(DeirEzZor.TwoWeeksOfLosses);
        var claim = await documenter.RecordClaim(incident, DeirEzZor.ThirtyKilledClaim(source));
        var admin = await server.As(Role.Admin);
        var beforeShred = (await admin.GetJson($"/api/sources/{source}/history")).GetProperty("events").EnumerateArray().Last().GetProperty("position").GetInt64();
        Assert.Equal(1, await KeysOf(source));

        var response = await admin.PostJson($"/api/sources/{source}/identity/shred", new { reason = "The source asked to be forgotten after threats" });

        var written = await response.Expect(HttpStatusCode.OK);
        Assert.Equal(3, written.GetProperty("version").GetInt64());
        Assert.Equal("\"3\"", response.ETag());
        Assert.Equal(0, await KeysOf(source));

        var asAdmin = await admin.GetJson($"/api/sources/{source}");
        Assert.Equal("shredded", asAdmin.Str("identityStatus"));
        Assert.False(asAdmin.TryGetProperty("protectedIdentity", out _));
        var asOfBefore = await admin.GetJson($"/api/sources/{source}?atPosition={beforeShred}");
        Assert.Equal("protected", asOfBefore.Str("identityStatus"));
        Assert.False(asOfBefore.TryGetProperty("protectedIdentity", out _), "Not even a point-in-time read can open a shredded identity.");

        var asDocumenter = await documenter.GetJson($"/api/sources/{source}");
        Assert.Equal("Opposition military source in Deir e-Zor city", asDocumenter.Str("name"));
        Assert.Equal("F", asDocumenter.Str("reliabilityCode"));
        Assert.Equal("Opposition military source in Deir e-Zor city", (await documenter.Claim(incident, claim)).GetProperty("source").Str("name"));

        var types = (await admin.GetJson($"/api/sources/{source}/history")).GetProperty("events").EnumerateArray().Select(e => e.Str("type"));
        Assert.Equal(["source_registered", "source_protected_identity_attached", "source_identity_shredded"], types);
        await EveryStoredHashRecomputes();
    }

    [Fact]
    public async Task A_replaced_identity_is_encrypted_under_the_same_key_so_one_shred_erases_every_version()
    {
        var source = await AnonymousSourceWithIdentity();
        var documenter = await server.As(Role.Documenter);

        await (await documenter.PutJson($"/api/sources/{source}/identity", new { realName = "Omar al-Deiri", contact = "Through Badar Al-Khalaf" }, "\"2\""))
            .Expect(HttpStatusCode.OK);

        var admin = await server.As(Role.Admin);
        Assert.Equal("Omar al-Deiri", (await admin.GetJson($"/api/sources/{source}")).GetProperty("protectedIdentity").Str("realName"));
        var keyIds = (await admin.GetJson($"/api/sources/{source}/history")).GetProperty("events").EnumerateArray()
            .Where(e => e.Str("type") == "source_protected_identity_attached").Select(e => e.GetProperty("data").Str("keyId")).ToList();
        Assert.Equal(2, keyIds.Count);
        Assert.Single(keyIds.Distinct());
        Assert.Equal(1, await KeysOf(source));

        await (await admin.PostJson($"/api/sources/{source}/identity/shred", new { reason = "Erase" })).Expect(HttpStatusCode.OK);
        Assert.Equal(0, await KeysOf(source));
        await (await documenter.PutJson($"/api/sources/{source}/identity", new { realName = "Omar" })).Expect(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_identity_can_be_attached_after_registration()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.BadarAlKhalaf);

        await (await documenter.PutJson($"/api/sources/{source}/identity", new { realName = "Badar Al-Khalaf", contact = "Syria Direct's Ammar Hammou" }))
            .Expect(HttpStatusCode.OK);

        Assert.Equal("protected", (await documenter.GetJson($"/api/sources/{source}")).Str("identityStatus"));
        Assert.Equal("Badar Al-Khalaf", (await (await server.As(Role.Admin)).GetJson($"/api/sources/{source}")).GetProperty("protectedIdentity").Str("realName"));
        var problem = await (await documenter.PutJson($"/api/sources/{source}/identity", new { contact = "x" })).Expect(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("realName", out _));
    }

    [Fact]
    public async Task Shredding_needs_a_reason_an_identity_to_shred_and_can_happen_once()
    {
        var admin = await server.As(Role.Admin);
        var source = await AnonymousSourceWithIdentity();
        var plain = await (await server.As(Role.Documenter)).RegisterSource(DeirEzZor.SyriaDirect);

        var noReason = await (await admin.PostJson($"/api/sources/{source}/identity/shred", new { reason = "" })).Expect(HttpStatusCode.BadRequest);
        Assert.True(noReason.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(1, await KeysOf(source));
        await (await admin.PostJson($"/api/sources/{plain}/identity/shred", new { reason = "Erase" })).Expect(HttpStatusCode.Conflict);
        await (await admin.PostJson($"/api/sources/{Guid.NewGuid()}/identity/shred", new { reason = "Erase" })).Expect(HttpStatusCode.NotFound);
        await (await admin.PostJson($"/api/sources/{source}/identity/shred", new { reason = "Erase" }, "\"1\"")).Expect(HttpStatusCode.PreconditionFailed);
        Assert.Equal(1, await KeysOf(source));

        await (await admin.PostJson($"/api/sources/{source}/identity/shred", new { reason = "Erase" })).Expect(HttpStatusCode.OK);
        await (await admin.PostJson($"/api/sources/{source}/identity/shred", new { reason = "Erase" })).Expect(HttpStatusCode.Conflict);
        Assert.Equal(3, await admin.SourceEventCount(source));
    }

    [Fact]
    public async Task Only_admins_may_shred()
    {
        var source = await AnonymousSourceWithIdentity();
        foreach (var role in new[] { Role.Documenter, Role.Legal, Role.Auditor })
            await (await (await server.As(role)).PostJson($"/api/sources/{source}/identity/shred", new { reason = "Erase" })).Expect(HttpStatusCode.Forbidden);
        await (await (await server.As(EvidenceServer.NoOne)).PostJson($"/api/sources/{source}/identity/shred", new { reason = "Erase" })).Expect(HttpStatusCode.Unauthorized);
        Assert.Equal(1, await KeysOf(source));
    }

    private async Task<long> KeysOf(Guid source)
    {
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM evidence_vault.wrapped_source_keys WHERE source_id = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = source });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Recomputes every stored event's chain hash from its canonical body (docs/event-hashing.md), stream by stream.</summary>
    private async Task EveryStoredHashRecomputes()
    {
        var store = server.Services.GetRequiredService<LedgerEventStore>();
        var previous = new Dictionary<string, byte[]>();
        var count = 0;
        await foreach (var e in store.ReadAllAsync(ReadLimit.None))
        {
            var body = EventBody.Canonical(e.EventId, e.StreamId, e.Type, e.Data, e.Actor, e.RecordedAt, e.CorrelationId, e.CausationId, e.Reason);
            var expectedPrevious = previous.GetValueOrDefault(e.StreamId);
            Assert.Equal(expectedPrevious, e.PreviousHash);
            Assert.Equal(EventHash.Compute(expectedPrevious, e.Version, body), e.Hash);
            previous[e.StreamId] = e.Hash;
            count++;
        }
        Assert.True(count > 0);
    }
}
