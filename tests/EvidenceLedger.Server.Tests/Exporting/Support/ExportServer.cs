using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Exporting.Support;

/// <summary>The real server over the class's own database, with the incidents the export tests document.</summary>
public sealed class ExportServer : LedgerServer
{
    protected override int GeneratedNameLength => 16;

    /// <summary>Records <see cref="DocumentedIncident"/> through the API, as documenters and an admin would.</summary>
    public async Task<DocumentedIncident> DocumentAsync() => await DocumentedIncident.RecordAsync(await As(Role.Documenter), await As(Role.Admin));

    /// <summary>Downloads the incident's bundle as <paramref name="role"/>, asserting it succeeded.</summary>
    public async Task<byte[]> ExportAsync(Guid incidentId, string role = Role.Legal, string? reason = "Submission to the UN Commission of Inquiry", string? query = null)
    {
        var client = await As(role);
        string[] parameters = [.. new[] { reason is null ? null : $"reason={Uri.EscapeDataString(reason)}", query }.OfType<string>()];
        var url = $"/api/incidents/{incidentId}/export" + (parameters.Length == 0 ? "" : "?" + string.Join('&', parameters));
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }
}
