using System.Security.Cryptography;
using System.Text.RegularExpressions;
using EvidenceLedger.Browser.Tests.Support;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Server.Exporting.Bundle;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvidenceLedger.Browser.Tests.Bundles;

/// <summary>
/// verify.html, opened from an unzipped bundle in Chromium with no server behind it, checks the bundle a clerk picks against
/// the key the organisation publishes: genuine bundles are VERIFIED only under that key, and every kind of tampering fails
/// the check that names it.
/// </summary>
public sealed class Checking_a_bundle_offline(LedgerInBrowser ledger) : BrowserTest(ledger)
{
    private static readonly string[] AllChecks = ["manifest", "signature", "events", "export-event", "contents", "custody"];

    [Fact]
    public Task A_genuine_bundle_checked_with_the_published_key_is_verified() => InBrowserAsync(async page =>
    {
        var bundle = await ExportedBundle.DocumentedAsync(Ledger);
        var offline = await OpenAsync(page, bundle);

        await offline.PickZipAsync(bundle.ZipFile);
        await offline.PasteKeyAsync(bundle.PublishedKey);
        await offline.CheckAsync();

        await Expect(offline.Verdict).ToHaveTextAsync(new Regex($"^VERIFIED — every check holds under the key you supplied, {Regex.Escape(KeyLabel(bundle.PublishedKey))} \\(SHA-256 fingerprint {Fingerprint(bundle.PublishedKey)}\\)"));
        foreach (var check in AllChecks)
            await Expect(offline.Check(check)).ToHaveAttributeAsync("data-outcome", "pass");
    });

    [Fact]
    public Task A_genuine_bundle_picked_as_its_unzipped_folder_is_verified() => InBrowserAsync(async page =>
    {
        var bundle = await ExportedBundle.DocumentedAsync(Ledger);
        var offline = await OpenAsync(page, bundle);

        await offline.PickFolderAsync(bundle.Folder);
        await offline.PasteKeyAsync(bundle.PublishedKey);
        await offline.CheckAsync();

        await Expect(offline.Verdict).ToHaveTextAsync(new Regex("^VERIFIED — "));
    });

    [Fact]
    public Task Without_a_key_a_genuine_bundle_is_not_confirmed_and_shows_the_fingerprint_to_compare() => InBrowserAsync(async page =>
    {
        var bundle = await ExportedBundle.DocumentedAsync(Ledger);
        var offline = await OpenAsync(page, bundle);

        await offline.PickZipAsync(bundle.ZipFile);
        await offline.CheckAsync();

        await Expect(offline.Verdict).ToHaveTextAsync(new Regex(
            $"^NOT CONFIRMED — internally consistent under key {Regex.Escape(KeyLabel(bundle.PublishedKey))} \\(SHA-256 fingerprint {Fingerprint(bundle.PublishedKey)}\\), but no trusted key was given"));
        await Expect(offline.Check("signature")).ToContainTextAsync("which you have not confirmed");
    });

    [Fact]
    public Task With_another_key_than_the_bundles_the_signature_check_fails() => InBrowserAsync(async page =>
    {
        var bundle = await ExportedBundle.DocumentedAsync(Ledger);
        var offline = await OpenAsync(page, bundle);
        var otherKey = NoteSigner.Generate(KeyLabel(bundle.PublishedKey).Split('+')[0]).VerifierKey;

        await offline.PickZipAsync(bundle.ZipFile);
        await offline.PasteKeyAsync(otherKey);
        await offline.CheckAsync();

        await Expect(offline.Verdict).ToHaveTextAsync(new Regex("^FAILED — Signed with the ledger's key: public-key.txt: the bundle was signed with the key .*, not with the key you supplied"));
        await Expect(offline.Check("signature")).ToHaveAttributeAsync("data-outcome", "fail");
    });

    [Fact]
    public Task An_edited_event_with_a_recomputed_manifest_fails_the_event_history_check() => InBrowserAsync(async page =>
    {
        var bundle = await ExportedBundle.DocumentedAsync(Ledger);
        var copy = bundle.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream => stream["events"]![1]!["data"]!["statement"] = "On Wednesday, no one was killed").RecomputeManifest();

        var offline = await CheckAsync(page, bundle, copy);

        await Expect(offline.Check("manifest")).ToHaveAttributeAsync("data-outcome", "pass");
        await Expect(offline.Check("events")).ToHaveAttributeAsync("data-outcome", "fail");
        await Expect(offline.Verdict).ToHaveTextAsync(new Regex(
            $"^FAILED — Every event history is complete and unaltered: {Regex.Escape(copy.IncidentStream)}: event version 2: its fields do not give the canonicalBody"));
    });

    [Fact]
    public Task A_changed_signature_byte_fails_the_signature_check() => InBrowserAsync(async page =>
    {
        var bundle = await ExportedBundle.DocumentedAsync(Ledger);
        var copy = bundle.Copy();
        var note = copy.Text(BundlePaths.Checkpoint);
        var line = note.TrimEnd('\n').Split('\n')[^1];
        var signature = Convert.FromBase64String(line[(line.LastIndexOf(' ') + 1)..]);
        signature[^1] ^= 0x01;
        copy.ReplaceText(BundlePaths.Checkpoint, note.Replace(line, line[..(line.LastIndexOf(' ') + 1)] + Convert.ToBase64String(signature), StringComparison.Ordinal))
            .RecomputeManifest();

        var offline = await CheckAsync(page, bundle, copy);

        await Expect(offline.Check("signature")).ToHaveAttributeAsync("data-outcome", "fail");
        await Expect(offline.Verdict).ToHaveTextAsync(new Regex("^FAILED — Signed with the ledger's key: checkpoint.txt: the signature by .* does not verify"));
    });

    [Fact]
    public Task A_dropped_tail_event_with_recomputed_manifest_and_stream_heads_fails_against_the_recorded_export() => InBrowserAsync(async page =>
    {
        var bundle = await ExportedBundle.DocumentedAsync(Ledger);
        var copy = bundle.Copy();
        long lastVersion = 0;
        copy.ReplaceJson(copy.IncidentStream, stream =>
        {
            var events = stream["events"]!.AsArray();
            events.RemoveAt(events.Count - 1);
            lastVersion = events.Count;
        });
        var newHead = copy.Json(copy.IncidentStream)["events"]!.AsArray().Last()!["hash"]!.GetValue<string>();
        copy.ReplaceJson(BundlePaths.Description, description =>
        {
            description["streams"]![0]!["version"] = lastVersion;
            description["streams"]![0]!["headHash"] = newHead;
        }).RecomputeManifest();

        var offline = await CheckAsync(page, bundle, copy);

        await Expect(offline.Check("events")).ToHaveAttributeAsync("data-outcome", "pass");
        await Expect(offline.Verdict).ToHaveTextAsync(new Regex(
            $"^FAILED — The bundle holds exactly what was exported: {Regex.Escape(copy.IncidentStream)}: the history ends at version {lastVersion}, but the export recorded version {lastVersion + 1}"));
    });

    [Fact]
    public Task An_edited_report_with_a_recomputed_manifest_fails_against_the_recorded_export() => InBrowserAsync(async page =>
    {
        var bundle = await ExportedBundle.DocumentedAsync(Ledger);
        var copy = bundle.Copy();
        copy.ReplaceText(BundlePaths.Report, copy.Text(BundlePaths.Report).Replace("four IS members", "no one", StringComparison.Ordinal)).RecomputeManifest();

        var offline = await CheckAsync(page, bundle, copy);

        await Expect(offline.Check("manifest")).ToHaveAttributeAsync("data-outcome", "pass");
        await Expect(offline.Verdict).ToHaveTextAsync(new Regex("^FAILED — The bundle holds exactly what was exported: report.html: the file was changed after the export"));
    });

    [Fact]
    public Task An_added_file_is_named() => InBrowserAsync(async page =>
    {
        var bundle = await ExportedBundle.DocumentedAsync(Ledger);
        var copy = bundle.Copy();
        copy.Add("views/witness-statement.json", System.Text.Encoding.UTF8.GetBytes("{ \"statement\": \"no one was killed\" }")).RecomputeManifest();

        var offline = await CheckAsync(page, bundle, copy);

        await Expect(offline.Verdict).ToHaveTextAsync(new Regex("^FAILED — The bundle holds exactly what was exported: views/witness-statement.json: the file is not among the files the export recorded"));
    });

    [Fact]
    public Task A_zip_dropped_on_the_page_is_checked_like_a_picked_one() => InBrowserAsync(async page =>
    {
        var bundle = await ExportedBundle.DocumentedAsync(Ledger);
        var offline = await OpenAsync(page, bundle);

        await page.EvaluateAsync("""
            base64 => {
              const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
              const dropped = new DataTransfer();
              dropped.items.add(new File([bytes], 'bundle.zip', { type: 'application/zip' }));
              document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
            }
            """, Convert.ToBase64String(bundle.Zip));
        await Expect(page.GetByTestId("picked")).ToContainTextAsync("Zip file bundle.zip");
        await offline.PasteKeyAsync(bundle.PublishedKey);
        await offline.CheckAsync();

        await Expect(offline.Verdict).ToHaveTextAsync(new Regex("^VERIFIED — "));
    });

    [Fact]
    public Task An_encrypted_zip_is_refused_in_plain_words() => InBrowserAsync(async page =>
    {
        var bundle = await ExportedBundle.DocumentedAsync(Ledger);
        var zip = bundle.Zip.ToArray();
        var central = IndexOf(zip, [0x50, 0x4b, 0x01, 0x02]);
        zip[central + 8] |= 0x01;
        var file = Path.Combine(Directory.CreateTempSubdirectory("encrypted-bundle-").FullName, "bundle.zip");
        await File.WriteAllBytesAsync(file, zip);
        var offline = await OpenAsync(page, bundle);

        await offline.PickZipAsync(file);

        await Expect(page.GetByTestId("picked")).ToHaveTextAsync(new Regex("""^The zip entry ".*" is encrypted; a provenance bundle never is\.$"""));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Check the bundle" })).ToBeDisabledAsync();
    });

    private static async Task<OfflinePage> OpenAsync(IPage page, ExportedBundle bundle)
    {
        var offline = new OfflinePage(page);
        await offline.OpenAsync(bundle.Folder);
        return offline;
    }

    /// <summary>Opens the genuine bundle's page, picks the altered copy's zip and checks it with the published key.</summary>
    private static async Task<OfflinePage> CheckAsync(IPage page, ExportedBundle bundle, BundleZipFiles altered)
    {
        var offline = await OpenAsync(page, bundle);
        await offline.PickZipAsync(altered.WriteZip(Directory.CreateTempSubdirectory("altered-bundle-").FullName));
        await offline.PasteKeyAsync(bundle.PublishedKey);
        await offline.CheckAsync();
        return offline;
    }

    private static int IndexOf(byte[] bytes, byte[] pattern) =>
        Enumerable.Range(0, bytes.Length - pattern.Length).First(i => bytes.AsSpan(i, pattern.Length).SequenceEqual(pattern));

    private static string KeyLabel(string verifierKey) => string.Join('+', verifierKey.Split('+').Take(2));

    private static string Fingerprint(string verifierKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Convert.FromBase64String(verifierKey.Split('+', 3)[2])[1..]));
}
