using System.Text;
using System.Text.Json.Nodes;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Server.Exporting.Bundle;
using EvidenceLedger.Server.Exporting.VerifyingBundles;
using EvidenceLedger.Server.Tests.Exporting.Support;

namespace EvidenceLedger.Server.Tests.Exporting;

/// <summary>
/// Every way a tamperer without the ledger's signing key could alter a bundle, each done as they would (manifest
/// recomputed, export.json and views made to match), and the failure verify-bundle names for it.
/// </summary>
public sealed class Verifying_altered_bundles(AlteredBundles bundles) : IClassFixture<AlteredBundles>
{
    private const string LedgerRecords = "the ledger's export event records";

    [Fact]
    public void The_bundle_as_exported_verifies()
    {
        var verification = BundleVerifier.Verify(bundles.Original, bundles.Trusted);

        Assert.True(verification.Confirmed, verification.Failure?.ToString());
        Assert.Equal(["manifest", "checkpoints", "chains", "proofs", "export event", "ledger record", "custody", "files", "views"],
            verification.Passed.Select(p => p.Split(':')[0]));
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

    [Theory]
    [InlineData(BundlePaths.Checkpoint)]
    [InlineData(BundlePaths.ExportCheckpoint)]
    public void A_flipped_byte_of_a_checkpoint_signature_fails_that_signature(string checkpoint)
    {
        var copy = bundles.Copy();
        var note = copy.Text(checkpoint);
        var signatureLine = note.TrimEnd('\n').Split('\n')[^1];
        var signature = Convert.FromBase64String(signatureLine[(signatureLine.LastIndexOf(' ') + 1)..]);
        signature[^1] ^= 0x01;
        var forged = signatureLine[..(signatureLine.LastIndexOf(' ') + 1)] + Convert.ToBase64String(signature);
        copy.ReplaceText(checkpoint, note.Replace(signatureLine, forged, StringComparison.Ordinal)).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(checkpoint, failure.File);
        Assert.Contains("does not verify", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_replaced_checkpoint_contradicts_the_export_description()
    {
        var copy = bundles.Copy();
        copy.Replace(BundlePaths.Checkpoint, copy.Bytes(BundlePaths.ExportCheckpoint)).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(BundlePaths.Description, failure.File);
        Assert.Equal("checkpoint", failure.Location);
        Assert.Contains("but the signed checkpoint is of", failure.Problem, StringComparison.Ordinal);
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
        Assert.Contains("inclusion proof does not place the event in the tree", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_inclusion_proof_fails_the_proof()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream => stream["events"]![2]!["inclusionProof"] = new JsonArray()).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(copy.IncidentStream, failure.File);
        Assert.StartsWith("event version 3 (leaf ", failure.Location, StringComparison.Ordinal);
        Assert.Contains("inclusion proof does not place the event", failure.Problem, StringComparison.Ordinal);
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
    public void A_canonical_body_that_differs_from_the_events_fields_is_refused()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream => stream["events"]![0]!["canonicalBody"] = stream["events"]![0]!["canonicalBody"]!.GetValue<string>() + " ")
            .RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal("event version 1", failure.Location);
        Assert.Contains("canonicalBody differs from the RFC 8785 form", failure.Problem, StringComparison.Ordinal);
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
    public void Reordered_events_are_named_by_their_versions()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream =>
        {
            var events = stream["events"]!.AsArray();
            var third = events[2]!;
            events.RemoveAt(2);
            events.Insert(1, third);
        }).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal("event version 3", failure.Location);
        Assert.Contains("version 2 is missing", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Swapped_positions_are_refused()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream =>
        {
            var (second, third) = (stream["events"]![1]!, stream["events"]![2]!);
            (second["position"], third["position"]) = (third["position"]!.DeepClone(), second["position"]!.DeepClone());
        }).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(copy.IncidentStream, failure.File);
        Assert.Equal("event version 3", failure.Location);
        Assert.Contains("positions must increase with the version", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Swapped_leaf_indexes_fail_the_first_events_proof()
    {
        var copy = bundles.Copy();
        long third = 0;
        copy.ReplaceJson(copy.IncidentStream, stream =>
        {
            var (second, next) = (stream["events"]![1]!, stream["events"]![2]!);
            third = next["leafIndex"]!.GetValue<long>();
            (second["leafIndex"], next["leafIndex"]) = (next["leafIndex"]!.DeepClone(), second["leafIndex"]!.DeepClone());
        }).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal($"event version 2 (leaf {third})", failure.Location);
        Assert.Contains("inclusion proof does not place the event", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leaf_index_that_does_not_increase_with_the_version_is_refused()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream => stream["events"]![2]!["leafIndex"] = stream["events"]![1]!["leafIndex"]!.DeepClone()).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal("event version 3", failure.Location);
        Assert.Contains("leaf indexes must increase with the version", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leaf_claimed_by_two_events_is_refused()
    {
        var copy = bundles.Copy();
        var syriaDirect = $"streams/source-{bundles.Incident.SyriaDirect}.json";
        var incidentLeaf = copy.Json(copy.IncidentStream)["events"]![0]!["leafIndex"]!.GetValue<long>();
        copy.ReplaceJson(syriaDirect, stream => stream["events"]![0]!["leafIndex"] = incidentLeaf).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(syriaDirect, failure.File);
        Assert.Equal($"event version 1 (leaf {incidentLeaf})", failure.Location);
        Assert.Contains("another exported event claims the same leaf", failure.Problem, StringComparison.Ordinal);
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
    [InlineData(1)]
    [InlineData(6)]
    public void Dropped_tail_events_contradict_the_ledger_record(int dropped)
    {
        var copy = bundles.Copy();
        var versions = copy.Json(copy.IncidentStream)["events"]!.AsArray().Count;
        copy.ReplaceJson(copy.IncidentStream, stream =>
        {
            var events = stream["events"]!.AsArray();
            for (var i = 0; i < dropped; i++) events.RemoveAt(events.Count - 1);
        }).DescribeStreamsAsTheyAre().ReplayViews().RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(copy.IncidentStream, failure.File);
        Assert.Contains($"the stream ends at version {versions - dropped} ", failure.Problem, StringComparison.Ordinal);
        Assert.Contains($"{LedgerRecords} it up to version {versions} ", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dropped_source_stream_contradicts_the_ledger_record()
    {
        var copy = bundles.Copy();
        var soundAndPicture = $"streams/source-{bundles.Incident.SoundAndPicture}.json";
        copy.DropStream(soundAndPicture).ReplayViews().RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(soundAndPicture, failure.File);
        Assert.Contains($"the bundle does not hold this stream, but {LedgerRecords} it", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_added_stream_contradicts_the_ledger_record()
    {
        var copy = bundles.Copy();
        var treeSize = copy.Json(BundlePaths.Description)["checkpoint"]!["treeSize"]!.GetValue<long>();
        var stream = await GenuineStream.ProvenAsync(bundles.Server, $"source-{bundles.UncitedSource}", treeSize);
        var path = BundlePaths.Stream(stream.StreamId);
        copy.Add(path, BundleJson.Serialize(stream))
            .ReplaceJson(BundlePaths.Description, json => json["streams"]!.AsArray().Add(new JsonObject
            {
                ["streamId"] = stream.StreamId, ["kind"] = "source", ["file"] = path,
                ["version"] = stream.Events[^1].Version, ["headHash"] = stream.Events[^1].Hash, ["withheldEvents"] = 0,
            }))
            .RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(path, failure.File);
        Assert.Contains($"the bundle holds this stream, but {LedgerRecords} no such stream", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_added_file_contradicts_the_ledger_record()
    {
        var copy = bundles.Copy();
        copy.Add("notes.txt", Encoding.UTF8.GetBytes("Trust the key evidence-ledger+00000000 instead.\n")).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal("notes.txt", failure.File);
        Assert.Contains($"the file is not among the files {LedgerRecords}", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_file_contradicts_the_ledger_record()
    {
        var copy = bundles.Copy();
        copy.Remove(BundlePaths.CurrentView).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(BundlePaths.CurrentView, failure.File);
        Assert.Contains($"the bundle does not hold this file, but {LedgerRecords} it", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_report_contradicts_the_ledger_record()
    {
        var copy = bundles.Copy();
        Assert.Contains("Retracted by", copy.Text(BundlePaths.Report), StringComparison.Ordinal);
        copy.ReplaceText(BundlePaths.Report, copy.Text(BundlePaths.Report).Replace("Retracted by", "Confirmed by", StringComparison.Ordinal)).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(BundlePaths.Report, failure.File);
        Assert.Contains($"but {LedgerRecords}", failure.Problem, StringComparison.Ordinal);
        Assert.Contains("the file was changed", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_edited_VERIFY_txt_contradicts_the_ledger_record()
    {
        var copy = bundles.Copy();
        copy.ReplaceText(BundlePaths.HowToVerify, copy.Text(BundlePaths.HowToVerify) + "\nThe ledger's key is evidence-ledger+00000000+AQ...; trust it.\n")
            .RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(BundlePaths.HowToVerify, failure.File);
        Assert.Contains("the file was changed", failure.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("exportedBy", "legal-someone-else")]
    [InlineData("reason", "Internal review only")]
    [InlineData("incidentTitle", "Nothing happened in al-Bukamal")]
    public void Edited_custody_fields_contradict_the_ledger_record(string field, string value)
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(BundlePaths.Description, json => json[field] = value).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(BundlePaths.Description, failure.File);
        Assert.Contains("the file was changed", failure.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BundlePaths.AsOfExportView)]
    [InlineData(BundlePaths.CurrentView)]
    public void An_altered_view_contradicts_the_ledger_record(string view)
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(view, json => json["incident"]!["claims"]![0]!["statement"] = "On Wednesday, no one was killed").RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(view, failure.File);
        Assert.Contains($"but {LedgerRecords}", failure.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type", "source_identity_shredded")]
    [InlineData("actor", "documenter-someone-else")]
    [InlineData("recordedAt", "2015-11-18T12:00:00.000000Z")]
    public void A_changed_withheld_event_no_longer_matches_its_hash(string member, string value)
    {
        var copy = bundles.Copy();
        var anonymous = $"streams/source-{bundles.Incident.AnonymousSource}.json";
        copy.ReplaceJson(anonymous, stream => stream["events"]!.AsArray().First(e => e!["withheld"] is not null)![member] = value).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(anonymous, failure.File);
        Assert.Contains("differs from what the ledger hashed", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shifted_position_contradicts_the_ledger_record()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream =>
        {
            var last = stream["events"]!.AsArray()[^1]!;
            last["position"] = last["position"]!.GetValue<long>() + 1000;
        }).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(copy.IncidentStream, failure.File);
        Assert.Contains($"but {LedgerRecords}", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_export_event_is_named()
    {
        var copy = bundles.Copy();
        copy.Remove(BundlePaths.ExportEvent).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(BundlePaths.ExportEvent, failure.File);
        Assert.Contains("the bundle has no such file", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_event_rewritten_to_match_an_edited_report_is_caught_by_its_hash()
    {
        var copy = bundles.Copy();
        copy.ReplaceText(BundlePaths.Report, copy.Text(BundlePaths.Report).Replace("Retracted by", "Confirmed by", StringComparison.Ordinal));
        var report = Sha256Manifest.Hex(copy.Bytes(BundlePaths.Report));
        copy.ReplaceJson(BundlePaths.ExportEvent, record =>
        {
            var files = record["event"]!["data"]!["files"]!.AsArray();
            files.First(f => f!["path"]!.GetValue<string>() == BundlePaths.Report)!["sha256"] = report;
        }).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(BundlePaths.ExportEvent, failure.File);
        Assert.Equal("event", failure.Location);
        Assert.Contains("its content differs from what the ledger hashed", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_event_of_another_stream_is_refused()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(BundlePaths.ExportEvent, record => record["event"]!["streamId"] = $"export-{Guid.NewGuid()}").RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(BundlePaths.ExportEvent, failure.File);
        Assert.Equal("event.streamId", failure.Location);
    }

    [Fact]
    public void An_altered_export_event_proof_is_refused()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(BundlePaths.ExportEvent, record =>
        {
            var proof = record["event"]!["inclusionProof"]!.AsArray();
            var hash = Convert.FromBase64String(proof[^1]!.GetValue<string>());
            hash[^1] ^= 0x01;
            proof[^1] = Convert.ToBase64String(hash);
        }).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(BundlePaths.ExportEvent, failure.File);
        Assert.Contains($"does not place the event in the tree of", failure.Problem, StringComparison.Ordinal);
        Assert.Contains(BundlePaths.ExportCheckpoint, failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_export_checkpoint_older_than_the_export_event_is_refused()
    {
        var copy = bundles.Copy();
        copy.Replace(BundlePaths.ExportCheckpoint, copy.Bytes(BundlePaths.Checkpoint))
            .ReplaceJson(BundlePaths.ExportEvent, record => record["consistencyProof"] = new JsonArray())
            .RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(BundlePaths.ExportCheckpoint, failure.File);
        Assert.Contains("the checkpoint is older than the export event", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_altered_consistency_proof_is_refused()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(BundlePaths.ExportEvent, record =>
        {
            var proof = record["consistencyProof"]!.AsArray();
            var hash = Convert.FromBase64String(proof[0]!.GetValue<string>());
            hash[0] ^= 0x01;
            proof[0] = Convert.ToBase64String(hash);
        }).RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(BundlePaths.ExportEvent, failure.File);
        Assert.Equal("consistencyProof", failure.Location);
    }

    [Fact]
    public async Task Streams_cut_to_match_an_older_genuine_checkpoint_contradict_the_ledger_record()
    {
        var older = await OlderCheckpoint.ExportAfterAsync(bundles.Server);
        var copy = new BundleZipFiles(older.Bundle);
        copy.ReplaceJson(copy.IncidentStream, stream => stream["events"]!.AsArray().RemoveAt(stream["events"]!.AsArray().Count - 1));
        await older.ProveAgainstItAsync(copy);
        copy.DescribeStreamsAsTheyAre().ReplayViews().RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(BundlePaths.Checkpoint, failure.File);
        Assert.Contains($"it is the tree of {older.Checkpoint.TreeSize} leaves", failure.Problem, StringComparison.Ordinal);
        Assert.Contains($"but {LedgerRecords} the tree of", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bundle_of_another_format_is_refused()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(BundlePaths.Description, json => json["format"] = "evidence-ledger/provenance-bundle/v1").RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(BundlePaths.Description, failure.File);
        Assert.Equal("format", failure.Location);
    }

    [Fact]
    public void A_pinned_key_that_is_not_the_bundles_is_refused()
    {
        var other = NoteSigner.Generate("evidence-ledger").VerifierKey;

        var verification = BundleVerifier.Verify(bundles.Original, TrustedKeys.Of(other));

        Assert.False(verification.Ok);
        Assert.Equal(BundlePaths.PublicKey, verification.Failure?.File);
        Assert.Contains("not the pinned key", verification.Failure!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_zip_is_named()
    {
        var verification = BundleVerifier.Verify(bundles.Original[..(bundles.Original.Length / 2)], bundles.Trusted);

        Assert.Equal("bundle", verification.Failure?.File);
        Assert.Contains("not a readable zip", verification.Failure!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_named()
    {
        var verification = BundleVerifier.Verify(Encoding.UTF8.GetBytes("not a zip"), bundles.Trusted);

        Assert.Contains("not a readable zip", verification.Failure!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checkpoint_the_ledgers_own_key_signed_for_another_origin_is_refused_as_another_logs()
    {
        var copy = bundles.Copy();
        var ledgerKey = EvidenceLedger.Server.Integrity.Keys.LedgerKeyFiles.LoadOrCreateSigner(bundles.Server.Get<Microsoft.Extensions.Configuration.IConfiguration>());
        var genuine = CheckpointNote.Parse(copy.Text(BundlePaths.Checkpoint)[..(copy.Text(BundlePaths.Checkpoint).IndexOf("\n\n", StringComparison.Ordinal) + 1)]);
        copy.ReplaceText(BundlePaths.Checkpoint, ledgerKey.SignCheckpoint(new Checkpoint("another-ledger.example/log", genuine.TreeSize, genuine.RootHash)))
            .RecomputeManifest();

        var failure = Failure(copy);

        Assert.Equal(BundlePaths.Checkpoint, failure.File);
        Assert.Contains("origin 'another-ledger.example/log' is not the key's name", failure.Problem, StringComparison.Ordinal);
    }

    private BundleFailure Failure(BundleZipFiles copy)
    {
        var verification = BundleVerifier.Verify(copy.Zip(), bundles.Trusted);
        Assert.False(verification.Ok, "The altered bundle verified.");
        return verification.Failure!;
    }
}
