using System.Net.Http.Json;
using System.Text.Json;
using EvidenceLedger.Browser.Tests.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Browser.Tests.Bundles;

/// <summary>A documented incident exported through the API as a legal officer does, unzipped, with the key the ledger publishes.</summary>
public sealed record ExportedBundle(byte[] Zip, string PublishedKey, string Folder)
{
    public string ZipFile => Path.Combine(Folder, "..", "bundle.zip");

    public BundleZipFiles Copy() => new(Zip);

    public static async Task<ExportedBundle> OfIncidentAsync(LedgerInBrowser ledger, Guid incidentId)
    {
        var legal = await ledger.As(Role.Legal);
        using var response = await legal.GetAsync($"/api/incidents/{incidentId}/export?reason={Uri.EscapeDataString("Submission to the UN Commission of Inquiry")}");
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var zip = await response.Content.ReadAsByteArrayAsync();
        var key = (await legal.GetFromJsonAsync<JsonElement>("/api/ledger/public-key")).GetProperty("verifierKey").GetString()!;

        var root = Directory.CreateTempSubdirectory("offline-bundle-").FullName;
        var folder = Path.Combine(root, "bundle");
        new BundleZipFiles(zip).WriteFolder(folder);
        await File.WriteAllBytesAsync(Path.Combine(root, "bundle.zip"), zip);
        return new ExportedBundle(zip, key, folder);
    }

    /// <summary>An incident with a corrected claim citing a source, documented the way the pages record it.</summary>
    public static async Task<ExportedBundle> DocumentedAsync(LedgerInBrowser ledger)
    {
        var seed = new Seed(ledger, "amira");
        var incident = await seed.IncidentAsync("Four IS members killed in a gun battle", "al-Bukamal", ["البوكمال"]);
        var source = await seed.SourceAsync("Syria Direct");
        var claim = await seed.ClaimAsync(incident, source, "On Wednesday, four IS members were killed in a gun battle", "4 IS members killed");
        await seed.CorrectAsync(incident, claim, "On Wednesday 18 November, four IS members were killed in a gun battle in البوكمال", "Syria Direct's interview dates it");
        await seed.VerifyAsync(incident, claim, source, "Syria Direct reports the same gun battle");
        return await OfIncidentAsync(ledger, incident);
    }
}
