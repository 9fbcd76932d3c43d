using System.Diagnostics;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Server.Exporting.Building;
using EvidenceLedger.Server.Exporting.Bundle;
using EvidenceLedger.Server.Tests.Exporting.Support;

namespace EvidenceLedger.Server.Tests.Exporting;

/// <summary>
/// VERIFY.txt's by-hand procedure, run for real as a clerk would paste it: the Python program cut out of a real bundle's
/// VERIFY.txt, and the OpenSSL signature commands, on the bundle as exported and on tampered copies.
/// </summary>
public sealed class Checking_a_bundle_by_hand(AlteredBundles bundles) : IClassFixture<AlteredBundles>
{
    [Fact]
    public async Task The_program_in_VERIFY_txt_passes_the_bundle_as_exported()
    {
        var (exit, output) = await RunProgramAsync(bundles.Copy());

        Assert.True(exit == 0, output);
        Assert.StartsWith("OK: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_program_fails_an_edited_event_whose_manifest_was_recomputed()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream => stream["events"]![1]!["data"]!["statement"] = "On Wednesday, no one was killed").RecomputeManifest();

        var (exit, output) = await RunProgramAsync(copy);

        Assert.Equal(1, exit);
        Says(output, $"FAILED  {copy.IncidentStream}, event version 2: its fields do not give the canonicalBody beside them");
    }

    [Fact]
    public async Task The_program_fails_an_event_edited_together_with_its_canonical_body()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream =>
        {
            var second = stream["events"]![1]!;
            var statement = second["data"]!["statement"]!.GetValue<string>();
            second["data"]!["statement"] = statement.Replace("four IS members were killed", "no one was killed", StringComparison.Ordinal);
            // The body holds the payload's hash, so a careful forger puts the edited payload's hash there too.
            using var data = System.Text.Json.JsonDocument.Parse(second["data"]!.ToJsonString());
            var edited = EvidenceLedger.EventStore.Hashing.EventBody.PayloadSha256(data.RootElement, second["reason"]?.GetValue<string>());
            second["canonicalBody"] = second["canonicalBody"]!.GetValue<string>().Replace(second["payloadSha256"]!.GetValue<string>(), edited, StringComparison.Ordinal);
            second["payloadSha256"] = edited;
        }).RecomputeManifest();

        var (exit, output) = await RunProgramAsync(copy);

        Assert.Equal(1, exit);
        Says(output, $"FAILED  {copy.IncidentStream}, event version 2: its hash recomputed from its fields is");
    }

    [Fact]
    public async Task The_program_fails_a_withheld_event_whose_actor_was_changed()
    {
        var copy = bundles.Copy();
        var anonymous = $"streams/source-{bundles.Incident.AnonymousSource}.json";
        copy.ReplaceJson(anonymous, stream => stream["events"]!.AsArray().First(e => e!["withheld"] is not null)!["actor"] = "someone-else").RecomputeManifest();

        var (exit, output) = await RunProgramAsync(copy);

        Assert.Equal(1, exit);
        Says(output, $"FAILED  {anonymous}, event version 2:");
    }

    [Fact]
    public async Task The_program_fails_a_dropped_tail_event_even_with_manifest_and_stream_heads_recomputed()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream => stream["events"]!.AsArray().RemoveAt(stream["events"]!.AsArray().Count - 1));
        var events = copy.Json(copy.IncidentStream)["events"]!.AsArray();
        copy.ReplaceJson(BundlePaths.Description, description =>
        {
            description["streams"]![0]!["version"] = events.Count;
            description["streams"]![0]!["headHash"] = events[^1]!["hash"]!.GetValue<string>();
        }).RecomputeManifest();

        var (exit, output) = await RunProgramAsync(copy);

        Assert.Equal(1, exit);
        Says(output, $"FAILED  {copy.IncidentStream}: its last event (version, hash, leaf) is ({events.Count},");
    }

    [Fact]
    public async Task The_program_names_a_file_added_to_the_bundle()
    {
        var copy = bundles.Copy();
        var folder = Unzipped(copy);
        await File.WriteAllTextAsync(Path.Combine(folder, "views", "witness.json"), "{}");

        var (exit, output) = await RunProgramAsync(copy, folder);

        Assert.Equal(1, exit);
        Says(output, "FAILED  views/witness.json: it is not among the files the export recorded");
    }

    [Fact]
    public async Task The_signature_commands_verify_both_checkpoints_under_the_published_key()
    {
        var (exit, output) = await RunSignatureCommandsAsync(bundles.Copy(), bundles.LedgerKey);

        Assert.True(exit == 0, output);
        Says(output, $"fingerprint of that key: {HowToVerify.Fingerprint(bundles.LedgerKey)}");
        Says(output, "public-key.txt holds that key");
        var name = bundles.LedgerKey.Split('+')[0];
        Says(output, $"checkpoint.txt: origin {name} (must be {name})");
        Says(output, $"export-checkpoint.txt: origin {name} (must be {name})");
        Assert.Equal(2, output.Split('\n').Count(line => line == "Signature Verified Successfully"));
    }

    [Fact]
    public async Task The_signature_commands_fail_a_changed_signature_byte()
    {
        var copy = bundles.Copy();
        var note = copy.Text(BundlePaths.Checkpoint);
        var line = note.TrimEnd('\n').Split('\n')[^1];
        var signature = Convert.FromBase64String(line[(line.LastIndexOf(' ') + 1)..]);
        signature[^1] ^= 0x01;
        copy.ReplaceText(BundlePaths.Checkpoint, note.Replace(line, line[..(line.LastIndexOf(' ') + 1)] + Convert.ToBase64String(signature), StringComparison.Ordinal));

        var (exit, output) = await RunSignatureCommandsAsync(copy, bundles.LedgerKey);

        Assert.NotEqual(0, exit);
        Says(output, "Signature Verification Failure");
    }

    [Fact]
    public async Task The_signature_commands_under_another_key_say_so_and_fail()
    {
        var otherKey = NoteSigner.Generate(bundles.LedgerKey.Split('+')[0]).VerifierKey;

        var (exit, output) = await RunSignatureCommandsAsync(bundles.Copy(), otherKey);

        Assert.NotEqual(0, exit);
        Says(output, "public-key.txt holds ANOTHER key");
        Says(output, "Signature Verification Failure");
    }

    [Fact]
    public void VERIFY_txt_sends_a_clerk_to_verify_html_with_the_key_the_organisation_publishes()
    {
        var text = bundles.Copy().Text(BundlePaths.HowToVerify);

        Assert.Contains("Open verify.html from this bundle in a current browser", text, StringComparison.Ordinal);
        Assert.Contains("publishes", text, StringComparison.Ordinal);
        Assert.Contains($"(SHA-256 fingerprint {HowToVerify.Fingerprint(bundles.LedgerKey)})", text, StringComparison.Ordinal);
        Assert.Contains("verify-bundle BUNDLE.zip --key", text, StringComparison.Ordinal);
        Assert.Contains("sha256sum -c manifest.sha256", text, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> RunProgramAsync(BundleZipFiles bundle, string? folder = null)
    {
        folder ??= Unzipped(bundle);
        var program = Path.Combine(Directory.CreateTempSubdirectory("check-py-").FullName, "check.py");
        await File.WriteAllTextAsync(program, Between(bundle.Text(BundlePaths.HowToVerify), HowToVerify.ProgramStart, HowToVerify.ProgramEnd));
        return await RunAsync("python3", folder, [], program);
    }

    private static async Task<(int Exit, string Output)> RunSignatureCommandsAsync(BundleZipFiles bundle, string key)
    {
        var commands = Between(bundle.Text(BundlePaths.HowToVerify), HowToVerify.SignatureStart, HowToVerify.SignatureEnd);
        return await RunAsync("bash", Unzipped(bundle), [new("KEY", key)], "-e", "-c", commands);
    }

    private static void Says(string output, string expected) =>
        Assert.True(output.Contains(expected, StringComparison.Ordinal), $"Expected \"{expected}\" in:\n{output}");

    /// <summary>The lines strictly between two marker lines, exactly as printed.</summary>
    private static string Between(string text, string start, string end)
    {
        var lines = text.Split('\n');
        var from = Array.IndexOf(lines, start);
        var to = Array.IndexOf(lines, end);
        Assert.True(from >= 0 && to > from, $"VERIFY.txt has no lines '{start}' … '{end}'.");
        return string.Join('\n', lines[(from + 1)..to]) + "\n";
    }

    private static string Unzipped(BundleZipFiles bundle)
    {
        var folder = Directory.CreateTempSubdirectory("bundle-by-hand-").FullName;
        foreach (var (path, content) in bundle.Files)
        {
            var target = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content);
        }
        return folder;
    }

    private static async Task<(int Exit, string Output)> RunAsync(string program, string workingDirectory, KeyValuePair<string, string>[] environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
