using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Server.CommandLine;
using EvidenceLedger.Server.Exporting.Recording;
using EvidenceLedger.Server.Exporting.VerifyingBundles;
using EvidenceLedger.Server.Tests.Exporting.Support;

namespace EvidenceLedger.Server.Tests.Exporting;

public sealed class Exporting_and_verifying_from_the_command_line(AlteredBundles bundles) : IClassFixture<AlteredBundles>
{
    [Fact]
    public async Task Export_writes_the_bundle_and_records_the_os_user_as_cli_actor()
    {
        var incident = await bundles.Server.DocumentAsync();
        var file = new FileInfo(Path.Combine(Directory.CreateTempSubdirectory("export-").FullName, "bundle.zip"));
        using var output = new StringWriter();

        var exit = await ExportCommand.RunAsync(bundles.Server.Services, incident.IncidentId, file, "Court filing", ExportCommand.CliActor, output, CancellationToken.None);

        Assert.True(exit == ExportCommand.Exported, output.ToString());
        Assert.True(BundleVerifier.Verify(await File.ReadAllBytesAsync(file.FullName), bundles.Trusted).Confirmed);
        var record = Assert.Single(await bundles.Server.Get<ExportQueries>().OfIncidentAsync(incident.IncidentId));
        Assert.Equal($"cli:{Environment.UserName}", record.ExportedBy);
        Assert.Equal("Court filing", record.Reason);
        Assert.Contains(record.BundleSha256, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_of_an_unknown_incident_writes_nothing()
    {
        var file = new FileInfo(Path.Combine(Directory.CreateTempSubdirectory("export-").FullName, "bundle.zip"));
        using var output = new StringWriter();

        var exit = await ExportCommand.RunAsync(bundles.Server.Services, Guid.NewGuid(), file, null, ExportCommand.CliActor, output, CancellationToken.None);

        Assert.Equal(ExportCommand.NotExported, exit);
        Assert.False(file.Exists);
    }

    [Fact]
    public async Task Verify_bundle_exits_0_naming_the_key_it_trusted()
    {
        var file = await SaveAsync(bundles.Original);
        using var output = new StringWriter();

        var exit = await VerifyBundleCommand.RunAsync(file, bundles.LedgerKey, null, output, CancellationToken.None);

        Assert.True(exit == VerifyBundleCommand.Verified, output.ToString());
        Assert.Contains($"Key: {KeyName} (SHA-256 fingerprint {Fingerprint}), one of the keys you trust", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"VERIFIED: every check holds under the trusted key {KeyName}.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_bundle_reads_a_pinned_key_from_a_file_and_an_unzipped_folder()
    {
        var keyFile = Path.Combine(Directory.CreateTempSubdirectory("key-").FullName, "ledger.pub");
        await File.WriteAllTextAsync(keyFile, bundles.LedgerKey + "\n");
        using var output = new StringWriter();

        var exit = await VerifyBundleCommand.RunAsync(Exporting_an_incident.Unzipped(bundles.Copy()), keyFile, null, output, CancellationToken.None);

        Assert.True(exit == VerifyBundleCommand.Verified, output.ToString());
    }

    [Fact]
    public async Task Verify_bundle_exits_0_when_the_ledger_key_is_in_the_trust_file()
    {
        var trustFile = Path.Combine(Directory.CreateTempSubdirectory("trust-").FullName, "trusted-keys");
        await File.WriteAllLinesAsync(trustFile,
            ["# keys our organisation publishes", NoteSigner.Generate("evidence-ledger").VerifierKey, "", $"{bundles.LedgerKey}   # the ledger's"]);
        using var output = new StringWriter();

        var exit = await VerifyBundleCommand.RunAsync(await SaveAsync(bundles.Original), null, trustFile, output, CancellationToken.None);

        Assert.True(exit == VerifyBundleCommand.Verified, output.ToString());
    }

    [Fact]
    public async Task Verify_bundle_without_a_trusted_key_exits_3_with_the_fingerprint_to_compare()
    {
        using var output = new StringWriter();

        var exit = await VerifyBundleCommand.RunAsync(await SaveAsync(bundles.Original), null, null, output, CancellationToken.None);

        Assert.Equal(VerifyBundleCommand.NotConfirmed, exit);
        Assert.DoesNotContain("VERIFIED", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"NOT CONFIRMED: the bundle is internally consistent under key {KeyName} (SHA-256 fingerprint {Fingerprint}), but no trusted key was given: "
            + "compare that fingerprint with the key your organisation publishes, then run again with --key.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_bundle_of_an_unpinned_forgery_exits_3_and_with_the_ledger_key_pinned_exits_1()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream => stream["events"]![1]!["data"]!["statement"] = "On Wednesday, no one was killed").ReplayViews();
        var forger = await BundleForgery.ForgeAsync(copy);
        var file = await SaveAsync(copy.Zip());
        using var unpinnedOutput = new StringWriter();
        using var pinnedOutput = new StringWriter();

        var unpinned = await VerifyBundleCommand.RunAsync(file, null, null, unpinnedOutput, CancellationToken.None);
        var pinned = await VerifyBundleCommand.RunAsync(file, bundles.LedgerKey, null, pinnedOutput, CancellationToken.None);

        Assert.Equal(VerifyBundleCommand.NotConfirmed, unpinned);
        Assert.Contains(TrustedKeys.Fingerprint(new NoteVerifier(forger.VerifierKey)), unpinnedOutput.ToString(), StringComparison.Ordinal);
        Assert.Equal(VerifyBundleCommand.Failed, pinned);
        Assert.Contains("FAILED  public-key.txt: the bundle's key is", pinnedOutput.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_bundle_exits_1_with_the_first_failure()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream => stream["events"]!.AsArray().RemoveAt(1)).RecomputeManifest();
        using var output = new StringWriter();

        var exit = await VerifyBundleCommand.RunAsync(await SaveAsync(copy.Zip()), bundles.LedgerKey, null, output, CancellationToken.None);

        Assert.Equal(VerifyBundleCommand.Failed, exit);
        Assert.Contains($"FAILED  {copy.IncidentStream}, event version 3: version 2 is missing", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_bundle_of_a_missing_file_is_a_usage_error()
    {
        using var output = new StringWriter();

        Assert.Equal(VerifyBundleCommand.UsageError, await VerifyBundleCommand.RunAsync("/nonexistent/bundle.zip", bundles.LedgerKey, null, output, CancellationToken.None));
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("evidence-ledger+aadd2c09+AAAA")]
    public async Task Verify_bundle_with_a_malformed_key_is_a_usage_error(string key)
    {
        using var output = new StringWriter();

        var exit = await VerifyBundleCommand.RunAsync(await SaveAsync(bundles.Original), key, null, output, CancellationToken.None);

        Assert.Equal(VerifyBundleCommand.UsageError, exit);
        Assert.Contains("is not a verifier key", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_bundle_with_an_empty_or_missing_trust_file_is_a_usage_error()
    {
        var empty = Path.Combine(Directory.CreateTempSubdirectory("trust-").FullName, "trusted-keys");
        await File.WriteAllTextAsync(empty, "# nothing yet\n");
        var file = await SaveAsync(bundles.Original);
        using var output = new StringWriter();

        Assert.Equal(VerifyBundleCommand.UsageError, await VerifyBundleCommand.RunAsync(file, null, empty, output, CancellationToken.None));
        Assert.Equal(VerifyBundleCommand.UsageError, await VerifyBundleCommand.RunAsync(file, null, empty + ".missing", output, CancellationToken.None));
    }

    [Fact]
    public async Task Verify_bundle_runs_as_its_own_process_without_any_database()
    {
        var program = Path.Combine(AppContext.BaseDirectory, "evidence-ledger.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? Exporting_an_incident.Tool("dotnet");
        Assert.True(dotnet is not null && File.Exists(program), "dotnet or the server's program is not at hand.");
        var file = await SaveAsync(bundles.Original);
        var dataDirectory = Directory.CreateTempSubdirectory("no-ledger-").FullName;

        var (exit, output) = await RunWithoutDatabaseAsync(dotnet!, dataDirectory, program, "verify-bundle", file, "--key", bundles.LedgerKey);

        Assert.True(exit == 0, output);
        Assert.Contains("VERIFIED", output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dataDirectory));
    }

    [Theory]
    [InlineData(VerifyBundleCommand.NotConfirmed)]
    [InlineData(VerifyBundleCommand.UsageError, "--key")]
    [InlineData(VerifyBundleCommand.UsageError, "--unknown-option")]
    public async Task Verify_bundle_as_its_own_process_exits_with_the_documented_status(int expected, params string[] arguments)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "evidence-ledger.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? Exporting_an_incident.Tool("dotnet");
        Assert.True(dotnet is not null && File.Exists(program), "dotnet or the server's program is not at hand.");
        var dataDirectory = Directory.CreateTempSubdirectory("no-ledger-").FullName;

        var (exit, output) = await RunWithoutDatabaseAsync(dotnet!, dataDirectory, [program, "verify-bundle", await SaveAsync(bundles.Original), .. arguments]);

        Assert.True(exit == expected, output);
    }

    private string KeyName => string.Join('+', bundles.LedgerKey.Split('+').Take(2));

    private string Fingerprint => TrustedKeys.Fingerprint(new NoteVerifier(bundles.LedgerKey));

    private static async Task<(int Exit, string Output)> RunWithoutDatabaseAsync(string dotnet, string dataDirectory, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dataDirectory };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["Ledger__DataDirectory"] = dataDirectory;
        start.Environment.Remove("ConnectionStrings__Ledger");
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }

    private static async Task<string> SaveAsync(byte[] zip)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("bundle-").FullName, "bundle.zip");
        await File.WriteAllBytesAsync(file, zip);
        return file;
    }
}
