using System.Text;
using System.Text.Json.Nodes;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Server.Exporting.Bundle;
using EvidenceLedger.Server.Exporting.VerifyingBundles;
using EvidenceLedger.Server.Tests.Exporting.Support;

namespace EvidenceLedger.Server.Tests.Exporting;

public sealed class Verifying_altered_bundles(AlteredBundles bundles) : IClassFixture<AlteredBundles>
{
    [Fact]
    public void The_bundle_as_exported_verifies()
    {
        var verification = BundleVerifier.Verify(bundles.Original, bundles.LedgerKey);

        Assert.True(verification.Ok, verification.Failure?.ToString());
        Assert.Equal(["manifest", "checkpoint", "chains", "proofs", "views"], verification.Passed.Select(p => p.Split(':')[0]));
    }

    [Fact]
    public void An_altered_manifest_entry_names_the_file_and_both_hashes()
    {
        var copy = bundles.Copy();
        var manifest = copy.Text(BundlePaths.Manifest).Split('\n');
        var line = Array.FindIndex(manifest, l => l.EndsWith("  report.html", StringComparison.Ordinal));
        var altered = (manifest[line][0] == '0' ? "1" : "0") + manifest[line][1..];
        manifest[line] = altered;
        copy.ReplaceText(BundlePaths.Manifest, string.Join('\n', manifest));

        var failure = Failure(copy);

        Assert.Equal("report.html", failure.File);
        Assert.Contains($"manifest.sha256 (line {line + 1}) says {altered[..64]}", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_left_out_of_the_manifest_is_named()
    {
        var copy = bundles.Copy();
        copy.ReplaceText(BundlePaths.Manifest, string.Join('\n', copy.Text(BundlePaths.Manifest).Split('\n').Where(l => !l.EndsWith("  VERIFY.txt", StringComparison.Ordinal))));

        var failure = Failure(copy);

        Assert.Equal("VERIFY.txt", failure.File);
        Assert.Contains("not listed in manifest.sha256", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_file_fails_the_manifest()
    {
        var copy = bundles.Copy();
        copy.ReplaceText(BundlePaths.CurrentView, copy.Text(BundlePaths.CurrentView).Replace("corroborated", "confirmed", StringComparison.Ordinal));

        var failure = Failure(copy);

        Assert.Equal(BundlePaths.CurrentView, failure.File);
        Assert.Contains("its SHA-256 is", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flipped_byte_of_the_checkpoint_signature_fails_the_signature()
    {
        var copy = bundles.Copy();
        var note = copy.Text(BundlePaths.Checkpoint);
        var signatureLine = note.TrimEnd('\n').Split('\n')[^1];
        var signature = Convert.FromBase64String(signatureLine[(signatureLine.LastIndexOf(' ') + 1)..]);
        signature[^1] ^= 0x01;
        var forged = signatureLine[..(signatureLine.LastIndexOf(' ') + 1)] + Convert.ToBase64String(signature);
        copy.ReplaceText(BundlePaths.Checkpoint, note.Replace(signatureLine, forged, StringComparison.Ordinal)).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(BundlePaths.Checkpoint, failure.File);
        Assert.Contains("does not verify", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_altered_inclusion_proof_hash_names_the_event_and_its_leaf()
    {
        var copy = bundles.Copy();
        long leaf = 0;
        copy.ReplaceJson(copy.IncidentStream, stream =>
        {
            var second = stream["events"]![1]!;
            leaf = second["leafIndex"]!.GetValue<long>();
            var hash = Convert.FromBase64String(second["inclusionProof"]![0]!.GetValue<string>());
            hash[0] ^= 0xFF;
            second["inclusionProof"]![0] = Convert.ToBase64String(hash);
        }).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(copy.IncidentStream, failure.File);
        Assert.Equal($"event version 2 (leaf {leaf})", failure.Location);
        Assert.Contains("inclusion proof does not place the event in the checkpoint's tree", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_altered_event_payload_is_caught_by_its_hash_even_with_the_manifest_recomputed()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream => stream["events"]![1]!["data"]!["statement"] = "On Wednesday, no one was killed").RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(copy.IncidentStream, failure.File);
        Assert.Equal("event version 2", failure.Location);
        Assert.Contains("its content differs from what the ledger hashed", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_payload_altered_together_with_its_canonical_body_is_still_caught_by_its_hash()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream =>
        {
            var second = stream["events"]![1]!;
            second["data"]!["statement"] = "On Wednesday, no one was killed";
            second["canonicalBody"] = second["canonicalBody"]!.GetValue<string>().Replace("four IS members were killed", "no one was killed", StringComparison.Ordinal);
        }).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal("event version 2", failure.Location);
        Assert.Contains("hash to", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_event_is_named_by_its_missing_version()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream => stream["events"]!.AsArray().RemoveAt(2)).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(copy.IncidentStream, failure.File);
        Assert.Equal("event version 4", failure.Location);
        Assert.Contains("version 3 is missing: version 4 follows version 2", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_last_event_contradicts_the_export_description()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream => stream["events"]!.AsArray().RemoveAt(stream["events"]!.AsArray().Count - 1)).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(copy.IncidentStream, failure.File);
        Assert.Contains("export.json says the stream ends at version", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Hiding_an_events_content_as_withheld_is_refused()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream =>
        {
            var corrected = stream["events"]!.AsArray().First(e => e!["type"]!.GetValue<string>() == "claim_corrected")!;
            corrected["withheld"] = "protected source identity";
            corrected["data"] = null;
            corrected["canonicalBody"] = null;
            corrected["reason"] = null;
        }).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Contains("'claim_corrected' events are never withheld", failure.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BundlePaths.AsOfExportView)]
    [InlineData(BundlePaths.CurrentView)]
    public void An_altered_view_names_the_json_path_and_both_values(string view)
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(view, json => json["incident"]!["claims"]![0]!["statement"] = "On Wednesday, no one was killed").RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(view, failure.File);
        Assert.Equal("$.incident.claims[0].statement", failure.Location);
        Assert.Contains("\"On Wednesday, no one was killed\"", failure.Problem, StringComparison.Ordinal);
        Assert.Contains(DocumentedIncident.CorrectedStatement, failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pinned_key_that_is_not_the_bundles_is_refused()
    {
        var other = NoteSigner.Generate("evidence-ledger").VerifierKey;

        var verification = BundleVerifier.Verify(bundles.Original, other);

        Assert.Equal(BundlePaths.PublicKey, verification.Failure?.File);
        Assert.Contains("not the pinned key", verification.Failure!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checkpoint_re_signed_with_a_forgers_key_passes_only_until_the_ledger_key_is_pinned()
    {
        var forger = NoteSigner.Generate(bundles.Copy().Text(BundlePaths.Checkpoint).Split('\n')[0]);
        var copy = bundles.Copy();
        var body = string.Join('\n', copy.Text(BundlePaths.Checkpoint).Split('\n').Take(3)) + "\n";
        copy.ReplaceText(BundlePaths.Checkpoint, forger.Sign(body))
            .ReplaceText(BundlePaths.PublicKey, forger.VerifierKey + "\n")
            .ReplaceJson(BundlePaths.Description, json => json["publicKey"]!["verifierKey"] = forger.VerifierKey)
            .RecomputeManifest();

        var unpinned = BundleVerifier.Verify(copy.Zip());
        var pinned = BundleVerifier.Verify(copy.Zip(), bundles.LedgerKey);

        Assert.True(unpinned.Ok, unpinned.Failure?.ToString());
        Assert.Contains("not pinned", unpinned.TrustedKeySource, StringComparison.Ordinal);
        Assert.Equal(BundlePaths.PublicKey, pinned.Failure?.File);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_named()
    {
        var verification = BundleVerifier.Verify(Encoding.UTF8.GetBytes("not a zip"));

        Assert.Contains("not a readable zip", verification.Failure!.Problem, StringComparison.Ordinal);
    }

    private static BundleFailure Failure(BundleZipFiles copy)
    {
        var verification = BundleVerifier.Verify(copy.Zip());
        Assert.False(verification.Ok, "The altered bundle verified.");
        return verification.Failure!;
    }
}
