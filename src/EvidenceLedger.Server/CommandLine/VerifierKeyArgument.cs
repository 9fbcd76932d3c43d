namespace EvidenceLedger.Server.CommandLine;

/// <summary>A <c>--key</c> value: the verifier key itself, or a file holding it.</summary>
public static class VerifierKeyArgument
{
    /// <summary>The file's text, trimmed, when <paramref name="keyOrFile"/> names a file; otherwise the value as given.</summary>
    public static async Task<string> ReadAsync(string keyOrFile, CancellationToken ct) =>
        File.Exists(keyOrFile) ? (await File.ReadAllTextAsync(keyOrFile, ct)).Trim() : keyOrFile;
}
