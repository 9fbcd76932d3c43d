using System.Net;
using System.Security.Cryptography;
using EvidenceLedger.Server.Exporting.Archive;
using EvidenceLedger.Server.Exporting.Recording;
using EvidenceLedger.Server.Tests.Exporting.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Exporting;

/// <summary>Every bundle handed out is kept and can be downloaded again, byte for byte, only while it still matches its recorded SHA-256.</summary>
public sealed class Downloading_a_past_bundle_again(ExportServer server) : IClassFixture<ExportServer>
{
    [Fact]
    public async Task A_past_bundle_comes_back_byte_for_byte_to_legal_and_auditors()
    {
        var incident = await server.DocumentAsync();
        var zip = await server.ExportAsync(incident.IncidentId);
        var record = Assert.Single(await server.Get<ExportQueries>().OfIncidentAsync(incident.IncidentId));

        foreach (var role in new[] { Role.Legal, Role.Auditor })
        {
            var response = await (await server.As(role)).GetAsync($"/api/exports/{record.ExportId}/bundle");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal(record.FileName, response.Content.Headers.ContentDisposition!.FileName);
            Assert.Equal(zip, await response.Content.ReadAsByteArrayAsync());
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await (await server.As(Role.Documenter)).GetAsync($"/api/exports/{record.ExportId}/bundle")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await server.As(Role.Legal)).GetAsync($"/api/exports/{Guid.NewGuid()}/bundle")).StatusCode);
    }

    [Fact]
    public async Task An_altered_kept_copy_is_refused_and_a_missing_one_said_so()
    {
        var incident = await server.DocumentAsync();
        var zip = await server.ExportAsync(incident.IncidentId);
        var record = Assert.Single(await server.Get<ExportQueries>().OfIncidentAsync(incident.IncidentId));
        var kept = Path.Combine(server.Get<BundleArchive>().Directory, Convert.ToHexStringLower(SHA256.HashData(zip)) + ".zip");
        var legal = await server.As(Role.Legal);

        var bytes = await File.ReadAllBytesAsync(kept);
        bytes[^1] ^= 0xFF;
        await File.WriteAllBytesAsync(kept, bytes);
        var altered = await legal.GetAsync($"/api/exports/{record.ExportId}/bundle");
        File.Delete(kept);
        var missing = await legal.GetAsync($"/api/exports/{record.ExportId}/bundle");

        Assert.Equal(HttpStatusCode.Conflict, altered.StatusCode);
        Assert.Contains(record.BundleSha256, await altered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("not kept", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
