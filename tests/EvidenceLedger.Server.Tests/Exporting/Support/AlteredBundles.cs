using EvidenceLedger.Server.Exporting.VerifyingBundles;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Exporting.Support;

/// <summary>
/// One documented incident exported once, and the ledger's key as published, for tests that tamper with copies of the
/// bundle; and a source no claim cites, recorded before the export, whose stream a tamperer could slip in.
/// </summary>
public sealed class AlteredBundles : IAsyncLifetime
{
    private readonly ExportServer _server = new();

    public byte[] Original { get; private set; } = [];

    public string LedgerKey { get; private set; } = "";

    public TrustedKeys Trusted => TrustedKeys.Of(LedgerKey);

    public DocumentedIncident Incident { get; private set; } = null!;

    public Guid UncitedSource { get; private set; }

    public ExportServer Server => _server;

    public BundleZipFiles Copy() => new(Original);

    public async Task InitializeAsync()
    {
        await _server.InitializeAsync();
        UncitedSource = await (await _server.As(Role.Documenter)).RegisterSource(new { name = "Deir ez-Zor 24", kind = "media", reliability = "C" });
        Incident = await _server.DocumentAsync();
        Original = await _server.ExportAsync(Incident.IncidentId);
        LedgerKey = (await (await _server.As(Role.Legal)).GetJson("/api/ledger/public-key")).Str("verifierKey");
    }

    public Task DisposeAsync() => _server.DisposeAsync();
}
