namespace EvidenceLedger.Server.CommandLine;

/// <summary>A <c>--key</c> value (the verifier key itself, or a file holding it) and a <c>--trust</c> file (one key a line).</summary>
public static class VerifierKeyArgument
{
    /// <summary>The file's text, trimmed, when <paramref name="keyOrFile"/> names a file; otherwise the value as given.</summary>
    public static async Task<string> ReadAsync(string keyOrFile, CancellationToken ct) =>
        File.Exists(keyOrFile) ? (await File.ReadAllTextAsync(keyOrFile, ct)).Trim() : keyOrFile;

    /// <summary>Every key of a trust file: one verifier key a line; blank lines and everything after a <c>#</c> are ignored.</summary>
    public static async Task<IReadOnlyList<string>> ReadTrustFileAsync(string path, CancellationToken ct) =>
        (await File.ReadAllLinesAsync(path, ct))
            .Select(line => (line.IndexOf('#', StringComparison.Ordinal) is var comment and >= 0 ? line[..comment] : line).Trim())
            .Where(line => line.Length > 0)
            .ToList();
}
