using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EvidenceLedger.EventStore.Hashing;
using EvidenceLedger.EventStore.Time;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Server.Exporting.Bundle;
using EvidenceLedger.Server.Exporting.VerifyingBundles;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Tests.Exporting.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Exporting;

public sealed class Exporting_an_incident(ExportServer server) : IClassFixture<ExportServer>
{
    [Fact]
    public async Task The_export_is_one_zip_download_holding_every_part_of_the_bundle()
    {
        var incident = await server.DocumentAsync();

        using var response = await (await server.As(Role.Legal)).GetAsync($"/api/incidents/{incident.IncidentId}/export?reason=UN%20submission");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith($"incident-{incident.IncidentId}-provenance-", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var zip = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal($"sha-256=:{Convert.ToBase64String(SHA256.HashData(zip))}:", response.Headers.GetValues("Repr-Digest").Single());

        var bundle = new BundleZipFiles(zip);
        Assert.Equal(bundle.Json("export-event.json")["event"]!["eventId"]!.GetValue<string>(), response.Headers.GetValues("X-Export-Id").Single());
        string[] expected =
            [
                "VERIFY.txt", "checkpoint.txt", "export-checkpoint.txt", "export-event.json", "export.json", "manifest.sha256", "public-key.txt", "report.html",
                $"streams/incident-{incident.IncidentId}.json", $"streams/source-{incident.AnonymousSource}.json",
                $"streams/source-{incident.SoundAndPicture}.json", $"streams/source-{incident.SyriaDirect}.json",
                "verify.html", "views/as-of-export.json", "views/current.json",
            ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), bundle.Paths.Order(StringComparer.Ordinal));
        var description = bundle.Json("export.json");
        Assert.Equal("UN submission", description["reason"]!.GetValue<string>());
        Assert.Equal($"incident-{incident.IncidentId}", description["streams"]![0]!["streamId"]!.GetValue<string>());
        Assert.Contains("verify-bundle", bundle.Text("VERIFY.txt"), StringComparison.Ordinal);
        Assert.Contains("sha256sum -c manifest.sha256", bundle.Text("VERIFY.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sha256sum_checks_every_file_of_the_unzipped_bundle()
    {
        var incident = await server.DocumentAsync();
        var bundle = new BundleZipFiles(await server.ExportAsync(incident.IncidentId));
        var folder = Unzipped(bundle);

        var manifest = bundle.Text("manifest.sha256").TrimEnd('\n').Split('\n');
        Assert.Equal(bundle.Paths.Count - 1, manifest.Length);
        foreach (var line in manifest)
        {
            var (sha256, path) = (line[..64], line[66..]);
            Assert.Equal("  ", line[64..66]);
            Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, path)))));
        }

        if (Tool("sha256sum") is { } sha256sum)
        {
            var (exit, output) = await RunAsync(sha256sum, folder, "-c", "manifest.sha256");
            Assert.True(exit == 0, output);
            Assert.Equal(manifest.Length, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.EndsWith(": OK", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Every_event_is_exported_in_canonical_form_with_the_hashes_the_ledger_recorded()
    {
        var incident = await server.DocumentAsync();
        var bundle = new BundleZipFiles(await server.ExportAsync(incident.IncidentId));

        var history = await (await server.As(Role.Auditor)).History(incident.IncidentId);
        var exported = bundle.Json(bundle.IncidentStream)["events"]!.AsArray();
        Assert.Equal(history.Length, exported.Count);
        for (var i = 0; i < history.Length; i++)
        {
            var e = exported[i]!;
            Assert.Equal(i + 1, e["version"]!.GetValue<long>());
            Assert.Equal(history[i].Str("hash"), e["hash"]!.GetValue<string>());
            Assert.Equal(history[i].GetProperty("position").GetInt64(), e["position"]!.GetValue<long>());
            Assert.Equal(i == 0 ? null : history[i - 1].Str("hash"), e["previousHash"]?.GetValue<string>());

            var data = JsonDocument.Parse(e["data"]!.ToJsonString()).RootElement;
            var body = EventBody.Canonical(e["eventId"]!.GetValue<Guid>(), e["streamId"]!.GetValue<string>(), e["type"]!.GetValue<string>(), data,
                e["actor"]!.GetValue<string>(), LedgerInstant.Pattern.Parse(e["recordedAt"]!.GetValue<string>()).Value, e["correlationId"]!.GetValue<Guid>(),
                e["causationId"]?.GetValue<Guid>(), e["reason"]?.GetValue<string>());
            Assert.Equal(Encoding.UTF8.GetString(body), e["canonicalBody"]!.GetValue<string>());
            var previous = i == 0 ? [] : Convert.FromHexString(history[i - 1].Str("hash"));
            Assert.Equal(history[i].Str("hash"), Convert.ToHexStringLower(EventHash.Compute(previous, i + 1, body)));
        }
    }

    [Fact]
    public async Task Every_event_is_proven_in_one_checkpoint_signed_with_the_ledger_key()
    {
        var incident = await server.DocumentAsync();
        var bundle = new BundleZipFiles(await server.ExportAsync(incident.IncidentId));

        var published = (await (await server.As(Role.Legal)).GetJson("/api/ledger/public-key")).Str("verifierKey");
        Assert.Equal(published + "\n", bundle.Text("public-key.txt"));
        var checkpoint = new NoteVerifier(published).VerifyCheckpoint(bundle.Text("checkpoint.txt")).Checkpoint;
        Assert.NotNull(checkpoint);

        var events = bundle.Paths.Where(p => p.StartsWith("streams/", StringComparison.Ordinal)).SelectMany(p => bundle.Json(p)["events"]!.AsArray()).ToList();
        Assert.Equal(events.Count, events.Select(e => e!["leafIndex"]!.GetValue<long>()).Distinct().Count());
        foreach (var e in events)
        {
            var leaf = MerkleHash.Leaf(Convert.FromHexString(e!["hash"]!.GetValue<string>()));
            var proof = e["inclusionProof"]!.AsArray().Select(p => Convert.FromBase64String(p!.GetValue<string>())).ToList();
            var result = MerkleProofVerifier.VerifyInclusion(e["leafIndex"]!.GetValue<long>(), checkpoint.TreeSize, leaf, proof, checkpoint.RootHash);
            Assert.True(result.IsValid, result.Failure);
        }
    }

    [Fact]
    public async Task The_as_of_view_is_what_the_ledger_shows_as_of_the_export_instant_and_the_current_view_what_it_shows_now()
    {
        var incident = await server.DocumentAsync();
        var bundle = new BundleZipFiles(await server.ExportAsync(incident.IncidentId));
        var auditor = await server.As(Role.Auditor);

        var asOf = JsonDocument.Parse(bundle.Bytes("views/as-of-export.json")).RootElement;
        var exportedAt = asOf.Str("asOf");
        Assert.Equal(bundle.Json("export.json")["exportedAt"]!.GetValue<string>(), exportedAt);
        var ledgerAsOf = await auditor.Incident(incident.IncidentId, $"?asOf={Uri.EscapeDataString(exportedAt)}");
        Assert.Null(JsonDifference.First(ledgerAsOf, asOf.GetProperty("incident")));

        var current = JsonDocument.Parse(bundle.Bytes("views/current.json")).RootElement;
        Assert.Null(JsonDifference.First(await auditor.Incident(incident.IncidentId), current.GetProperty("incident")));
        var syriaDirect = current.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == incident.SyriaDirect);
        Assert.Equal(["B", "A"], syriaDirect.GetProperty("gradings").EnumerateArray().Select(g => g.Str("reliabilityCode")));
    }

    [Fact]
    public async Task Exporting_changes_neither_the_incident_version_nor_its_ETag()
    {
        var incident = await server.DocumentAsync();
        var legal = await server.As(Role.Legal);
        using var before = await legal.GetAsync($"/api/incidents/{incident.IncidentId}");

        await server.ExportAsync(incident.IncidentId);
        await server.ExportAsync(incident.IncidentId, Role.Admin, reason: null);

        using var after = await legal.GetAsync($"/api/incidents/{incident.IncidentId}");
        Assert.Equal(before.ETag(), after.ETag());
        Assert.Equal((await before.Json()).GetProperty("version").GetInt64(), (await after.Json()).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task The_bundle_passes_verify_bundle_with_the_ledger_key_pinned()
    {
        var incident = await server.DocumentAsync();
        var zip = await server.ExportAsync(incident.IncidentId);
        var key = (await (await server.As(Role.Legal)).GetJson("/api/ledger/public-key")).Str("verifierKey");

        var verification = BundleVerifier.Verify(zip, TrustedKeys.Of(key));

        Assert.True(verification.Confirmed, verification.Failure?.ToString());
        Assert.Equal(9, verification.Passed.Count);
        Assert.Equal(string.Join('+', key.Split('+').Take(2)), verification.Key?.Name);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(zip)), verification.BundleSha256);
    }

    [Theory]
    [InlineData(EvidenceServer.NoOne, HttpStatusCode.Unauthorized)]
    [InlineData(Role.Documenter, HttpStatusCode.Forbidden)]
    [InlineData(Role.Auditor, HttpStatusCode.Forbidden)]
    [InlineData(Role.Legal, HttpStatusCode.OK)]
    [InlineData(Role.Admin, HttpStatusCode.OK)]
    public async Task Only_legal_and_admin_may_export(string role, HttpStatusCode expected)
    {
        var incident = await server.DocumentAsync();
        using var client = role == EvidenceServer.NoOne ? server.Anonymous() : null;

        using var response = await (client ?? await server.As(role)).GetAsync($"/api/incidents/{incident.IncidentId}/export");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_incident_is_a_404()
    {
        using var response = await (await server.As(Role.Legal)).GetAsync($"/api/incidents/{Guid.NewGuid()}/export");

        await response.Expect(HttpStatusCode.NotFound);
    }

    internal static string Unzipped(BundleZipFiles bundle)
    {
        var folder = Directory.CreateTempSubdirectory("bundle-").FullName;
        foreach (var (path, content) in bundle.Files)
        {
            var target = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content);
        }
        return folder;
    }

    internal static string? Tool(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    internal static async Task<(int Exit, string Output)> RunAsync(string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
