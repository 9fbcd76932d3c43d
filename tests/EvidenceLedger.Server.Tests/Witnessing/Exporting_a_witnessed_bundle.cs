using EvidenceLedger.Integrity.Witnessing;
using EvidenceLedger.Server.CommandLine;
using EvidenceLedger.Server.Exporting.Bundle;
using EvidenceLedger.Server.Exporting.VerifyingBundles;
using EvidenceLedger.Server.Tests.Exporting.Support;
using EvidenceLedger.Server.Tests.Witnessing.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Witnessing;

/// <summary>A bundle exported by a ledger with two witness processes carries their cosignatures, and verify-bundle --witness requires them.</summary>
public sealed class Exporting_a_witnessed_bundle(WitnessedLedger ledger) : IClassFixture<WitnessedLedger>
{
    [Fact]
    public async Task The_export_checkpoint_carries_both_cosignatures_and_verify_bundle_requires_the_witnesses_named()
    {
        var zip = await ExportAsync();
        var both = ledger.Witnesses.Select(w => w.Key.ToString()).ToList();

        var (verified, output) = await VerifyAsync(zip, both);
        Assert.True(verified == VerifyBundleCommand.Verified, output);
        Assert.Contains("witnesses: alpha.test/witness", output, StringComparison.Ordinal);

        var absent = WitnessSigner.Generate("gamma.test/witness").VerifierKey.ToString();
        var (allThree, missing) = await VerifyAsync(zip, [.. both, absent]);
        Assert.Equal(VerifyBundleCommand.Failed, allThree);
        Assert.Contains("2 of the required 3 witnesses", missing, StringComparison.Ordinal);
        Assert.Contains("gamma.test/witness", missing, StringComparison.Ordinal);

        Assert.Equal(VerifyBundleCommand.Verified, (await VerifyAsync(zip, [.. both, absent], threshold: 2)).Exit);
    }

    [Fact]
    public async Task A_bundle_whose_witness_cosignature_was_removed_fails_when_that_witness_is_required()
    {
        var bundle = new BundleZipFiles(await ExportAsync());
        var note = bundle.Text(BundlePaths.ExportCheckpoint);
        var beta = ledger.Witnesses[1].Key.Name;
        var stripped = string.Join('\n', note.Split('\n').Where(line => !line.StartsWith($"\u2014 {beta} ", StringComparison.Ordinal)));
        Assert.NotEqual(note, stripped);
        var tampered = bundle.ReplaceText(BundlePaths.ExportCheckpoint, stripped).RecomputeManifest().Zip();

        // The ledger's own signature still holds: without --witness the missing cosignature goes unnoticed.
        Assert.Equal(VerifyBundleCommand.Verified, (await VerifyAsync(tampered, [])).Exit);
        var (exit, output) = await VerifyAsync(tampered, ledger.Witnesses.Select(w => w.Key.ToString()).ToList());
        Assert.Equal(VerifyBundleCommand.Failed, exit);
        Assert.Contains($"FAILED  {BundlePaths.ExportCheckpoint}", output, StringComparison.Ordinal);
        Assert.Contains(beta, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void A_threshold_outside_the_witnesses_given_is_a_usage_error(int threshold)
    {
        var both = ledger.Witnesses.Select(w => w.Key.ToString());

        var failure = Assert.Throws<FormatException>(() => RequiredWitnesses.Of(both, threshold));

        Assert.Contains("--witness-threshold", failure.Message, StringComparison.Ordinal);
    }

    private async Task<byte[]> ExportAsync()
    {
        var incident = await DocumentedIncident.RecordAsync(await ledger.As(Role.Documenter), await ledger.As(Role.Admin));
        using var response = await (await ledger.As(Role.Legal)).GetAsync($"/api/incidents/{incident.IncidentId}/export?reason=witnessed");
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task<(int Exit, string Output)> VerifyAsync(byte[] zip, IReadOnlyList<string> witnesses, int? threshold = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"witnessed-{Guid.NewGuid():N}.zip");
        await File.WriteAllBytesAsync(path, zip);
        try
        {
            using var output = new StringWriter();
            var exit = await VerifyBundleCommand.RunAsync(path, ledger.LedgerKey, null, output, CancellationToken.None,
                RequiredWitnesses.Of(witnesses, threshold));
            return (exit, output.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
