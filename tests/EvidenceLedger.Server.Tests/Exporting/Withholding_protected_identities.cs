using System.Net;
using System.Text;
using EvidenceLedger.Server.Exporting.VerifyingBundles;
using EvidenceLedger.Server.Integrity.Keys;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Tests.Exporting.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Exporting;

public sealed class Withholding_protected_identities(ExportServer server) : IClassFixture<ExportServer>
{
    [Fact]
    public async Task No_file_of_the_bundle_holds_the_identity_its_ciphertext_or_its_key_id()
    {
        var incident = await server.DocumentAsync();

        var bundle = new BundleZipFiles(await server.ExportAsync(incident.IncidentId));

        AssertNothingOfTheIdentity(bundle, incident);
        var attached = bundle.Json($"streams/source-{incident.AnonymousSource}.json")["events"]!.AsArray()
            .Single(e => e!["type"]!.GetValue<string>() == "source_protected_identity_attached")!;
        Assert.Equal("protected source identity", attached["withheld"]!.GetValue<string>());
        Assert.Null(attached["data"]);
        Assert.Null(attached["reason"]);
        Assert.Matches("^[0-9a-f]{64}$", attached["payloadSha256"]!.GetValue<string>());
        Assert.Contains("\"payloadSha256\":", attached["canonicalBody"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\":", attached["canonicalBody"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("protected", bundle.Json("views/current.json")["sources"]!.AsArray()
            .Single(s => s!["id"]!.GetValue<Guid>() == incident.AnonymousSource)!["identityStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_admin_export_holds_no_identity_either()
    {
        var incident = await server.DocumentAsync();

        AssertNothingOfTheIdentity(new BundleZipFiles(await server.ExportAsync(incident.IncidentId, Role.Admin)), incident);
    }

    [Fact]
    public async Task After_shredding_the_bundle_still_verifies_and_holds_no_key_id()
    {
        var incident = await server.DocumentAsync();
        await (await (await server.As(Role.Admin)).PostJson($"/api/sources/{incident.AnonymousSource}/identity/shred",
            new { reason = "The source asked to be forgotten after threats" })).Expect(HttpStatusCode.OK);

        var zip = await server.ExportAsync(incident.IncidentId);

        var bundle = new BundleZipFiles(zip);
        AssertNothingOfTheIdentity(bundle, incident);
        Assert.DoesNotContain("asked to be forgotten", Everything(bundle), StringComparison.Ordinal);
        var verification = BundleVerifier.Verify(zip, TrustedKeys.Of(server.Get<LedgerPublicKey>().VerifierKey));
        Assert.True(verification.Confirmed, verification.Failure?.ToString());
        Assert.Contains("2 withheld events", verification.Passed[2], StringComparison.Ordinal);
    }

    private static void AssertNothingOfTheIdentity(BundleZipFiles bundle, DocumentedIncident incident)
    {
        var everything = Everything(bundle);
        Assert.DoesNotContain(DocumentedIncident.RealName, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Abu Omar", everything, StringComparison.Ordinal);
        Assert.DoesNotContain(DocumentedIncident.Contact, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(incident.IdentityCiphertext, everything, StringComparison.Ordinal);
        Assert.DoesNotContain(incident.IdentityCiphertext[..24], everything, StringComparison.Ordinal);
        Assert.DoesNotContain(incident.IdentityKeyId, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("ciphertext", everything, StringComparison.OrdinalIgnoreCase);
        Assert.All(bundle.Files.Where(file => file.Key.StartsWith("streams/", StringComparison.Ordinal)),
            stream => Assert.DoesNotContain("keyId", Encoding.UTF8.GetString(stream.Value), StringComparison.Ordinal));
    }

    private static string Everything(BundleZipFiles bundle) =>
        string.Join('\n', bundle.Files.Select(file => file.Key + "\n" + Encoding.UTF8.GetString(file.Value)));
}
