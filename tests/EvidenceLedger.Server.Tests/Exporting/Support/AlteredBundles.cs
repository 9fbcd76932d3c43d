using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Exporting.Support;

/// <summary>One documented incident exported once, and the ledger's key as published, for tests that tamper with copies of the bundle.</summary>
public sealed class AlteredBundles : IAsyncLifetime
{
    private readonly ExportServer _server = new();

    public byte[] Original { get; private set; } = [];

    public string LedgerKey { get; private set; } = "";

    public DocumentedIncident Incident { get; private set; } = null!;

    public ExportServer Server => _server;

    public BundleZipFiles Copy() => new(Original);

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        Incident = await _server.DocumentAsync();
        Original = await _server.ExportAsync(Incident.IncidentId);
        LedgerKey = (await (await _server.As(Role.Legal)).GetJson("/api/ledger/public-key")).Str("verifierKey");
    }

    public Task DisposeAsync() => _server.DisposeAsync();
}
