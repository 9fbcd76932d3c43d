using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;
using EvidenceLedger.Testing.Server;
using Microsoft.Extensions.DependencyInjection;

namespace EvidenceLedger.Server.Tests.Exporting.Support;

/// <summary>The real server over the class's own database, with one client per role and the incidents the export tests document.</summary>
public sealed class ExportServer : LedgerServer
{
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A client signed in with <paramref name="role"/>, shared by the class's tests (which run one at a time).</summary>
    public async Task<HttpClient> As(string role)
    {
        if (_clients.TryGetValue(role, out var client)) return client;
        client = role == Role.Admin ? Admin() : await ClientFor(role, $"{role}-{Guid.NewGuid():N}"[..16]);
        _clients[role] = client;
        return client;
    }

    /// <summary>Records <see cref="DocumentedIncident"/> through the API, as documenters and an admin would.</summary>
    public async Task<DocumentedIncident> DocumentAsync() => await DocumentedIncident.RecordAsync(await As(Role.Documenter), await As(Role.Admin));

    /// <summary>Downloads the incident's bundle as <paramref name="role"/>, asserting it succeeded.</summary>
    public async Task<byte[]> ExportAsync(Guid incidentId, string role = Role.Legal, string? reason = "Submission to the UN Commission of Inquiry")
    {
        var client = await As(role);
        var url = $"/api/incidents/{incidentId}/export" + (reason is null ? "" : $"?reason={Uri.EscapeDataString(reason)}");
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    public override async Task DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        await base.DisposeAsync();
    }
}
