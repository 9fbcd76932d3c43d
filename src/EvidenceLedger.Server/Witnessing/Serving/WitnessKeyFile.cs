using EvidenceLedger.Integrity.Witnessing;

namespace EvidenceLedger.Server.Witnessing.Serving;

/// <summary>
/// The witness's own Ed25519 key in its state directory: <c>witness-signer.key</c> (mode 600), generated on first run
/// under the name given then, and <c>witness-verifier.pub</c> beside it, the verifier key to hand to the ledger's operators.
/// </summary>
public static class WitnessKeyFile
{
    public const string SignerFileName = "witness-signer.key";
    public const string VerifierFileName = "witness-verifier.pub";

    public static WitnessSigner LoadOrCreate(DirectoryInfo state, string? name)
    {
        ArgumentNullException.ThrowIfNull(state);
        var path = Path.Combine(state.FullName, SignerFileName);
        if (!File.Exists(path))
        {
            DurableFile.WriteNew(path, WitnessSigner.Generate(name ?? WitnessServerOptions.DefaultName).ExportSignerKey() + "\n");
        }

        var signer = WitnessSigner.FromSignerKey(File.ReadAllText(path).Trim());
        if (name is not null && !string.Equals(name, signer.Name, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The key in {path} is named '{signer.Name}', not '{name}': a witness keeps its name with its key.");
        }

        var verifierPath = Path.Combine(state.FullName, VerifierFileName);
        if (!File.Exists(verifierPath))
        {
            File.WriteAllText(verifierPath, signer.VerifierKey + "\n");
        }

        return signer;
    }
}
