using System.CommandLine;
using EvidenceLedger.Server.Exporting.VerifyingBundles;

namespace EvidenceLedger.Server.CommandLine;

/// <summary>
/// <c>verify-bundle FILE [--key VERIFIER_KEY]</c>: checks a provenance bundle offline; exit 0 only when every check holds.
/// Never builds the app: no database is opened or started, and nothing goes over the network.
/// </summary>
public static class VerifyBundleCommand
{
    public const int Verified = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    public static Command Create()
    {
        var bundle = new Argument<string>("FILE") { Description = "The bundle (zip), or a folder it was unzipped into." };
        var key = new Option<string?>("--key")
        {
            Description = "The ledger's verifier key as you trust it (GET /api/ledger/public-key), or a file holding it. Default: the bundle's own public-key.txt.",
        };
        var command = new Command("verify-bundle",
            "Check a provenance bundle offline: manifest, checkpoint signature, every event's hash chain and inclusion proof, and the views replayed.")
        {
            bundle, key,
        };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(bundle)!, parse.GetValue(key), Console.Out, ct));
        return command;
    }

    public static async Task<int> RunAsync(string path, string? key, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            await output.WriteLineAsync($"There is no file or folder {path}.");
            return UsageError;
        }

        var pinned = key is null ? null : (await VerifierKeyArgument.ReadAsync(key, ct)).Trim();
        var verification = Directory.Exists(path)
            ? BundleVerifier.Verify(BundleFiles.FromDirectory(new DirectoryInfo(path)), pinned)
            : BundleVerifier.Verify(await File.ReadAllBytesAsync(path, ct), pinned);

        await output.WriteLineAsync($"Bundle: {Path.GetFullPath(path)}");
        if (verification.BundleSha256 is { } sha256)
            await output.WriteLineAsync($"SHA-256: {sha256}  (compare with the SHA-256 the ledger recorded for this export)");
        if (verification.TrustedKey is { } trusted)
            await output.WriteLineAsync($"Trusted key: {trusted} ({verification.TrustedKeySource})");
        foreach (var check in verification.Passed) await output.WriteLineAsync($"ok      {check}");

        if (verification.Failure is { } failure)
        {
            await output.WriteLineAsync($"FAILED  {failure}");
            return Failed;
        }
        await output.WriteLineAsync("VERIFIED: every check holds.");
        return Verified;
    }
}
