using System.Net;
using System.Text;
using EvidenceLedger.Server.Exporting.Bundle;
using EvidenceLedger.Server.Exporting.VerifyingBundles;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Tests.Exporting.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Exporting;

public sealed class Exporting_cited_files(ExportServer server) : IClassFixture<ExportServer>
{
    private async Task<(Guid Incident, byte[] Transcript, string Sha256)> IncidentCitingATranscript()
    {
        var documenter = await server.As(Role.Documenter);
        var incident = await server.DocumentAsync();
        var claim = incident.ClaimId;
        var transcript = FileUploads.Transcript();
        var sha256 = (await documenter.Uploaded(transcript, "interview T-17.txt")).Str("sha256");
        await (await documenter.PostJson($"/api/incidents/{incident.IncidentId}/claims/{claim}/citations",
            new { title = "Interview with a resident", fileSha256 = sha256, excerpt = "four IS members were killed" })).Expect(HttpStatusCode.Created);
        await (await documenter.PostJson($"/api/incidents/{incident.IncidentId}/claims/{claim}/citations",
            new { title = "Council statement", reference = "Archive box 14, DZ-2015/117", excerpt = "four IS members were killed" })).Expect(HttpStatusCode.Created);
        return (incident.IncidentId, transcript, sha256);
    }

    private async Task<TrustedKeys> LedgerKey() =>
        TrustedKeys.Of((await (await server.As(Role.Legal)).GetJson("/api/ledger/public-key")).Str("verifierKey"));

    [Fact]
    public async Task A_bundle_holds_every_cited_file_by_its_sha256_listed_with_hash_and_size_and_verify_bundle_checks_it()
    {
        var (incident, transcript, sha256) = await IncidentCitingATranscript();

        var bundle = new BundleZipFiles(await server.ExportAsync(incident));

        Assert.Equal(transcript, bundle.Bytes($"files/{sha256}"));
        Assert.Contains($"{sha256}  files/{sha256}\n", bundle.Text(BundlePaths.Manifest), StringComparison.Ordinal);
        var described = bundle.Json(BundlePaths.Description)["files"]!.AsArray().Single()!;
        Assert.Equal(sha256, described["sha256"]!.GetValue<string>());
        Assert.Equal(transcript.Length, described["size"]!.GetValue<long>());
        Assert.Equal($"files/{sha256}", described["file"]!.GetValue<string>());
        var report = bundle.Text(BundlePaths.Report);
        Assert.Contains("interview T-17.txt", report, StringComparison.Ordinal);
        Assert.Contains("offline: Archive box 14, DZ-2015/117", report, StringComparison.Ordinal);
        var verification = BundleVerifier.Verify(bundle.Zip(), await LedgerKey());
        Assert.True(verification.Confirmed, verification.Failure?.ToString());
        Assert.Contains(verification.Passed, line => line.StartsWith("files: 1 cited files included", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_over_the_size_the_exporter_chose_is_given_by_hash_only_and_the_report_says_so()
    {
        var (incident, _, sha256) = await IncidentCitingATranscript();

        var bundle = new BundleZipFiles(await server.ExportAsync(incident, reason: null, query: "maxFileBytes=10"));

        Assert.DoesNotContain($"files/{sha256}", bundle.Paths);
        var described = bundle.Json(BundlePaths.Description)["files"]!.AsArray().Single()!;
        Assert.Null(described["file"]);
        Assert.Contains("10 bytes the exporter chose", described["leftOut"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("only its SHA-256 is given", bundle.Text(BundlePaths.Report), StringComparison.Ordinal);
        var verification = BundleVerifier.Verify(bundle.Zip(), await LedgerKey());
        Assert.True(verification.Confirmed, verification.Failure?.ToString());
        Assert.Contains(verification.Passed, line => line.EndsWith("1 given by SHA-256 only", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_changed_cited_file_fails_verify_bundle_naming_the_file_even_with_the_manifest_recomputed()
    {
        var (incident, transcript, sha256) = await IncidentCitingATranscript();
        var bundle = new BundleZipFiles(await server.ExportAsync(incident));
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(transcript).Replace("gun battle", "fire fight", StringComparison.Ordinal));

        var asSent = BundleVerifier.Verify(bundle.Replace($"files/{sha256}", changed).Zip(), await LedgerKey());
        var withManifest = BundleVerifier.Verify(bundle.RecomputeManifest().Zip(), await LedgerKey());

        Assert.Equal($"files/{sha256}", asSent.Failure?.File);
        Assert.Equal($"files/{sha256}", withManifest.Failure?.File);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("ten")]
    public async Task A_bad_max_file_bytes_is_a_400_naming_it(string value)
    {
        var incident = await server.DocumentAsync();

        var problem = await (await (await server.As(Role.Legal)).GetAsync($"/api/incidents/{incident.IncidentId}/export?maxFileBytes={value}")).Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("maxFileBytes", out _), problem.ToString());
    }
}
