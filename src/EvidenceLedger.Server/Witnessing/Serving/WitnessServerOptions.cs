namespace EvidenceLedger.Server.Witnessing.Serving;

/// <summary>What <c>witness</c> runs with: its state directory, the log's verifier key, where it listens, its name on first run.</summary>
public sealed record WitnessServerOptions(DirectoryInfo State, string LogVerifierKey, string Listen, string? Name)
{
    public const string DefaultListen = "http://127.0.0.1:7380";
    public const string DefaultName = "evidence-ledger-witness";
}
