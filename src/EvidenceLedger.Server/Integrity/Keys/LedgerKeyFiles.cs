using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Server.Hosting;

namespace EvidenceLedger.Server.Integrity.Keys;

/// <summary>
/// The ledger's checkpoint-signing key under <c>Ledger:DataDirectory</c>/keys: the signer key (mode 600), generated on
/// first start, and its public verifier key beside it for auditors. The key's name is the checkpoints' origin line.
/// </summary>
public static class LedgerKeyFiles
{
    public const string SignerFileName = "checkpoint-signer.key";
    public const string VerifierFileName = "checkpoint-verifier.pub";
    public const string DefaultOrigin = "evidence-ledger";

    public static string KeyDirectory(IConfiguration configuration) =>
        Path.Combine(LedgerDatabaseBootstrap.DataDirectory(configuration), "keys");

    /// <summary>Loads the signing key, creating it (named <c>Ledger:LogOrigin</c>) when there is none yet.</summary>
    public static NoteSigner LoadOrCreateSigner(IConfiguration configuration)
    {
        var directory = KeyDirectory(configuration);
        var path = Path.Combine(directory, SignerFileName);
        if (!File.Exists(path))
        {
            OwnerOnlyFiles.CreateFolder(directory);
            var origin = configuration["Ledger:LogOrigin"] is { Length: > 0 } configured ? configured : DefaultOrigin;
            TryCreate(path, NoteSigner.Generate(origin).ExportSignerKey());
        }

        var signer = NoteSigner.FromSignerKey(File.ReadAllText(path).Trim());
        var verifierPath = Path.Combine(directory, VerifierFileName);
        if (!File.Exists(verifierPath))
        {
            File.WriteAllText(verifierPath, signer.VerifierKey + "\n");
        }

        return signer;
    }

    /// <summary>The verifier key kept under the data directory, or null when this data directory has none.</summary>
    public static NoteVerifier? LoadVerifier(IConfiguration configuration)
    {
        var directory = KeyDirectory(configuration);
        var verifierPath = Path.Combine(directory, VerifierFileName);
        if (File.Exists(verifierPath))
        {
            return new NoteVerifier(File.ReadAllText(verifierPath).Trim());
        }

        var signerPath = Path.Combine(directory, SignerFileName);
        return File.Exists(signerPath) ? new NoteVerifier(NoteSigner.FromSignerKey(File.ReadAllText(signerPath).Trim()).VerifierKey) : null;
    }

    /// <summary>Written beside the target and moved into place without overwriting: of two processes starting at once, the first key wins.</summary>
    private static void TryCreate(string path, string content)
    {
        var staging = $"{path}.{Environment.ProcessId}.new";
        using (var stream = new FileStream(staging, OwnerOnlyFiles.NewFile()))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(content + "\n");
        }

        try
        {
            File.Move(staging, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(staging);
        }
    }
}
