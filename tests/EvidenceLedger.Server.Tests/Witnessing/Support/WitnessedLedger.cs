using System.Text.Json;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Server.Tests.Integrity;
using Microsoft.Extensions.Configuration;

namespace EvidenceLedger.Server.Tests.Witnessing.Support;

/// <summary>
/// The ledger server with two real witness processes, started with the ledger's verifier key once the server made it,
/// then added to its running configuration as <c>Ledger:Witnesses</c>; checkpoints fall due every 0.2 s.
/// </summary>
public sealed class WitnessedLedger : IntegrityServer
{
    private readonly List<WitnessProcess> _witnesses = [];

    internal IReadOnlyList<WitnessProcess> Witnesses => _witnesses;

    public string LedgerKey => Get<CheckpointSigner>().Verifier.VerifierKey;

    protected override IEnumerable<KeyValuePair<string, string?>> Configuration => [new("Ledger:CheckpointInterval", "0.2")];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _witnesses.Add(await WitnessProcess.StartAsync("alpha.test/witness", LedgerKey));
        _witnesses.Add(await WitnessProcess.StartAsync("beta.test/witness", LedgerKey));
        var configuration = Get<IConfiguration>();
        for (var i = 0; i < _witnesses.Count; i++)
        {
            configuration[$"Ledger:Witnesses:{i}:Url"] = _witnesses[i].Url.ToString();
            configuration[$"Ledger:Witnesses:{i}:VerifierKey"] = _witnesses[i].Key.ToString();
        }
    }

    /// <summary>The size and root a witness process keeps on disk for this ledger.</summary>
    internal static (long TreeSize, string RootHash) StateOf(WitnessProcess witness)
    {
        using var state = JsonDocument.Parse(File.ReadAllText(Assert.Single(witness.State.GetFiles("log-*.json")).FullName));
        return (state.RootElement.GetProperty("treeSize").GetInt64(), state.RootElement.GetProperty("rootHash").GetString()!);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var witness in _witnesses) await witness.DisposeAsync();
    }
}
