using EvidenceLedger.Testing.Server;
using System.Diagnostics;
using System.Net;
using EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EvidenceLedger.Server.Tests.Evidence.Sources;

/// <summary>
/// What an adversary holding an old copy of the database (a pg_dump, the WAL, an old data directory: all hold the same
/// vault rows) can do after a shred: nothing, because every key there is wrapped under a key-encryption key that the
/// shred destroyed, and it never was in the database.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class Shredding_beyond_dumps_and_the_wal(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Fact]
    public async Task After_a_shred_no_copy_of_the_database_from_before_opens_the_identity_and_every_other_identity_still_opens()
    {
        var shredded = await SourceWithIdentity("Abu Omar al-Deiri");
        var kept = await SourceWithIdentity("Badar Al-Khalaf");
        var vault = server.Services.GetRequiredService<SourceKeyVault>();
        var kekBefore = vault.Keks.Load().Current;
        var dumpBefore = await DumpVaultAsync();
        Assert.Contains(dumpBefore, row => row.SourceId == shredded);
        Assert.All(dumpBefore, row => Assert.NotNull(KeyWrap.Unwrap(kekBefore, row.KeyId, row.Wrapped)));

        var admin = await server.As(Role.Admin);
        await (await admin.PostJson($"/api/sources/{shredded}/identity/shred", new { reason = "The source asked to be forgotten" })).Expect(HttpStatusCode.OK);

        var ringAfter = vault.Keks.Load();
        Assert.Empty(ringAfter.Retiring);
        Assert.NotEqual(kekBefore.Id, ringAfter.Current.Id);
        var kekFolder = Path.GetDirectoryName(vault.Keks.Path)!;
        foreach (var file in Directory.GetFiles(kekFolder))
            Assert.DoesNotContain(Convert.ToBase64String(kekBefore.Key), await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        foreach (var row in dumpBefore)
            Assert.Null(KeyWrap.Unwrap(ringAfter.Current, row.KeyId, row.Wrapped));

        Assert.Equal("shredded", (await admin.GetJson($"/api/sources/{shredded}")).Str("identityStatus"));
        Assert.Equal("Badar Al-Khalaf", (await admin.GetJson($"/api/sources/{kept}")).GetProperty("protectedIdentity").Str("realName"));
        var dumpAfter = await DumpVaultAsync();
        Assert.DoesNotContain(dumpAfter, row => row.SourceId == shredded);
        Assert.All(dumpAfter, row => Assert.Equal(ringAfter.Current.Id, row.KekId));
        var verify = await admin.VerifyLedgerAsync();
        Assert.True(verify.GetProperty("ok").GetBoolean(), verify.ToString());
    }

    [Fact]
    public async Task The_key_file_is_the_owners_alone_and_the_database_holds_only_wrapped_keys()
    {
        var source = await SourceWithIdentity("Omar al-Deiri");
        var vault = server.Services.GetRequiredService<SourceKeyVault>();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(vault.Keks.Path));
        var row = Assert.Single(await DumpVaultAsync(), r => r.SourceId == source);
        Assert.Equal(12 + 32 + 16, row.Wrapped.Length);
        Assert.Null(KeyWrap.Unwrap(Kek.New() with { Id = row.KekId }, row.KeyId, row.Wrapped));
    }

    [Fact]
    public async Task A_rotation_interrupted_before_its_commit_is_finished_later_without_losing_a_key()
    {
        var source = await SourceWithIdentity("Abu Ahmad");
        var vault = server.Services.GetRequiredService<SourceKeyVault>();
        await using (await vault.HoldRotationAsync(CancellationToken.None))
        {
            // What a crash leaves after the fresh KEK reached the file and before the re-wrapping committed.
            var ring = vault.Keks.Load();
            vault.Keks.Save(new KekRing(Kek.New(), [ring.Current, .. ring.Retiring]));
        }
        Assert.NotEmpty(vault.Keks.Load().Retiring);

        await vault.SettleAsync(CancellationToken.None);

        var settled = vault.Keks.Load();
        Assert.Empty(settled.Retiring);
        Assert.All(await DumpVaultAsync(), row => Assert.Equal(settled.Current.Id, row.KekId));
        Assert.Equal("Abu Ahmad", (await (await server.As(Role.Admin)).GetJson($"/api/sources/{source}")).GetProperty("protectedIdentity").Str("realName"));
    }

    private async Task<Guid> SourceWithIdentity(string realName) =>
        await (await server.As(Role.Documenter)).RegisterSource(new
        {
            name = $"Anonymous source {Guid.NewGuid():N}",
            kind = "anonymous",
            reliability = "F",
            protectedIdentity = new { realName },
        });

    /// <summary>The vault's rows as <c>pg_dump</c> writes them: what any copy of the database holds.</summary>
    private async Task<IReadOnlyList<VaultRow>> DumpVaultAsync()
    {
        var connection = new NpgsqlConnectionStringBuilder(server.AdminConnectionString);
        var start = new ProcessStartInfo(PgDump(), ["--data-only", "--table=evidence_vault.wrapped_source_keys", "-h", connection.Host!,
            "-p", connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", connection.Username!, connection.Database!])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PGPASSWORD"] = connection.Password;
        using var dump = Process.Start(start)!;
        var output = await dump.StandardOutput.ReadToEndAsync();
        await dump.WaitForExitAsync();
        Assert.True(dump.ExitCode == 0, await dump.StandardError.ReadToEndAsync());

        var copy = output.Split('\n').SkipWhile(line => !line.StartsWith("COPY ", StringComparison.Ordinal)).ToList();
        var columns = copy[0][(copy[0].IndexOf('(', StringComparison.Ordinal) + 1)..copy[0].IndexOf(')', StringComparison.Ordinal)].Split(", ");
        return copy.Skip(1).TakeWhile(line => line != "\\.").Select(line =>
        {
            var fields = line.Split('\t');
            string Field(string name) => fields[Array.IndexOf(columns, name)];
            return new VaultRow(Field("key_id"), Guid.Parse(Field("source_id")), Field("kek_id"), Convert.FromHexString(Field("wrapped_key")[3..]));
        }).ToList();
    }

    private static string PgDump() =>
        Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(dir => int.Parse(Path.GetFileName(dir), System.Globalization.CultureInfo.InvariantCulture))
            .Select(dir => Path.Combine(dir, "bin", "pg_dump")).First(File.Exists);

    private sealed record VaultRow(string KeyId, Guid SourceId, string KekId, byte[] Wrapped);
}
