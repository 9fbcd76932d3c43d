using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EvidenceLedger.Integrity.Witnessing;
using NodaTime;

namespace EvidenceLedger.Server.Witnessing.Serving;

/// <summary>
/// The witness's durable memory of one log, <c>log-&lt;hash of the origin&gt;.json</c> in the state directory: the size,
/// root and signed note of the latest checkpoint it cosigned. Replaced atomically, and before any cosignature leaves.
/// Checkpoints the log signed but the witness refused are kept under <c>refused/</c>: they may prove the log misbehaved.
/// </summary>
public sealed class WitnessStateFile(DirectoryInfo state, string origin)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Path { get; } = System.IO.Path.Combine(state.FullName, $"log-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(origin)))[..16]}.json");

    /// <summary>The latest cosigned tree, or null when this witness never cosigned for the log.</summary>
    public WitnessedTree? Load()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        var saved = JsonSerializer.Deserialize<SavedTree>(File.ReadAllText(Path), Json)
            ?? throw new InvalidDataException($"{Path} holds no witnessed tree.");
        if (!string.Equals(saved.Origin, origin, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{Path} is the state of log '{saved.Origin}', not '{origin}'.");
        }

        return new WitnessedTree(saved.Origin, saved.TreeSize, Convert.FromBase64String(saved.RootHash), saved.Checkpoint);
    }

    public void Save(WitnessedTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        DurableFile.Replace(Path, JsonSerializer.Serialize(new SavedTree(tree.Origin, tree.TreeSize, Convert.ToBase64String(tree.RootHash), tree.SignedCheckpoint), Json) + "\n");
    }

    /// <summary>Keeps a refused request whose checkpoint the log did sign.</summary>
    public void KeepRefused(string requestBody, WitnessDecision decision, Instant at)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var directory = Directory.CreateDirectory(System.IO.Path.Combine(state.FullName, "refused"));
        var name = $"{at.ToUnixTimeMilliseconds()}-{(int)decision.Verdict}-{Guid.NewGuid():N}.txt";
        DurableFile.WriteNew(System.IO.Path.Combine(directory.FullName, name), $"# {decision.Detail}\n{requestBody}");
    }

    private sealed record SavedTree(string Origin, long TreeSize, string RootHash, string Checkpoint);
}
