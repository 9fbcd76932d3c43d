using System.CommandLine;
using EvidenceLedger.Server.Exporting.VerifyingBundles;

namespace EvidenceLedger.Server.CommandLine;

/// <summary>
/// <c>verify-bundle FILE --key KEY | --trust FILE</c>: checks a provenance bundle offline. Exit 0 only when every check
/// holds under a key the user trusts; 3 when every check holds but no trusted key was given (the bundle is only
/// internally consistent: anyone can sign with a key of their own). Never builds the app: no database is opened or
/// started, and nothing goes over the network.
/// </summary>
public static class VerifyBundleCommand
{
    public const int Verified = 0;
    public const int Failed = 1;
    public const int UsageError = 2;
    public const int NotConfirmed = 3;

    public static Command Create()
    {
        // Optional arity and unmatched tokens allowed, so that every usage error is reported here with exit 2, never as
        // a parse error whose exit status would read as "a check failed".
        var bundle = new Argument<string?>("FILE") { Description = "The bundle (zip), or a folder it was unzipped into.", Arity = ArgumentArity.ZeroOrOne };
        var key = new Option<string?>("--key")
        {
            Description = "The ledger's verifier key as your organisation publishes it (GET /api/ledger/public-key: verifierKey), or a file holding it.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var trust = new Option<string?>("--trust")
        {
            Description = "A file of trusted verifier keys, one a line (# starts a comment).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("verify-bundle",
            "Check a provenance bundle offline against the ledger's key: manifest, signatures, every event's hash chain and inclusion proof, "
            + "the ledger's record of the export, custody, and the views replayed.")
        {
            bundle, key, trust,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            if (parse.UnmatchedTokens.Count > 0) return await UsageAsync(Console.Out, $"Unexpected: {string.Join(' ', parse.UnmatchedTokens)}.");
            if (parse.GetValue(bundle) is not { } path) return await UsageAsync(Console.Out, "Which bundle? Give the zip file (or the folder it was unzipped into).");
            if (Given(parse, key) && string.IsNullOrWhiteSpace(parse.GetValue(key))) return await UsageAsync(Console.Out, "--key needs the verifier key or a file holding it.");
            if (Given(parse, trust) && string.IsNullOrWhiteSpace(parse.GetValue(trust))) return await UsageAsync(Console.Out, "--trust needs a file of verifier keys.");
            return await RunAsync(path, parse.GetValue(key), parse.GetValue(trust), Console.Out, ct);
        });
        return command;
    }

    /// <param name="key">A verifier key or a file holding one; null for none.</param>
    /// <param name="trustFile">A file of verifier keys, one a line; null for none.</param>
    public static async Task<int> RunAsync(string path, string? key, string? trustFile, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(output);
        if (!File.Exists(path) && !Directory.Exists(path)) return await UsageAsync(output, $"There is no file or folder {path}.");
        if (trustFile is not null && !File.Exists(trustFile)) return await UsageAsync(output, $"There is no trust file {trustFile}.");

        var keys = new List<string>();
        if (key is not null) keys.Add(await VerifierKeyArgument.ReadAsync(key, ct));
        if (trustFile is not null)
        {
            var listed = await VerifierKeyArgument.ReadTrustFileAsync(trustFile, ct);
            if (listed.Count == 0) return await UsageAsync(output, $"The trust file {trustFile} holds no key.");
            keys.AddRange(listed);
        }
        TrustedKeys trusted;
        try
        {
            trusted = TrustedKeys.Of(keys);
        }
        catch (FormatException e)
        {
            return await UsageAsync(output, e.Message);
        }

        var verification = Directory.Exists(path)
            ? BundleVerifier.Verify(BundleFiles.FromDirectory(new DirectoryInfo(path)), trusted)
            : BundleVerifier.Verify(await File.ReadAllBytesAsync(path, ct), trusted);
        return await ReportAsync(path, verification, output);
    }

    private static async Task<int> ReportAsync(string path, BundleVerification verification, TextWriter output)
    {
        await output.WriteLineAsync($"Bundle: {Path.GetFullPath(path)}");
        if (verification.BundleSha256 is { } sha256)
            await output.WriteLineAsync($"SHA-256: {sha256}  (compare with the SHA-256 the ledger recorded for this export)");
        if (verification.Key is { } bundleKey)
        {
            await output.WriteLineAsync($"Key: {bundleKey.Name} (SHA-256 fingerprint {bundleKey.Fingerprint}), "
                + (bundleKey.Trusted ? "one of the keys you trust" : "the bundle's own: not one you gave"));
        }
        foreach (var check in verification.Passed) await output.WriteLineAsync($"ok      {check}");

        if (verification.Failure is { } failure)
        {
            await output.WriteLineAsync($"FAILED  {failure}");
            return Failed;
        }
        if (verification.Key is { Trusted: true } trustedKey)
        {
            await output.WriteLineAsync($"VERIFIED: every check holds under the trusted key {trustedKey.Name}.");
            return Verified;
        }
        var own = verification.Key!;
        await output.WriteLineAsync($"NOT CONFIRMED: the bundle is internally consistent under key {own.Name} (SHA-256 fingerprint {own.Fingerprint}), "
            + "but no trusted key was given: compare that fingerprint with the key your organisation publishes, then run again with --key.");
        return NotConfirmed;
    }

    private static bool Given(ParseResult parse, Option<string?> option) => parse.GetResult(option) is not null;

    private static async Task<int> UsageAsync(TextWriter output, string problem)
    {
        await output.WriteLineAsync(problem);
        await output.WriteLineAsync("Usage: verify-bundle FILE --key VERIFIER_KEY|KEY_FILE   or   verify-bundle FILE --trust TRUST_FILE");
        return UsageError;
    }
}
