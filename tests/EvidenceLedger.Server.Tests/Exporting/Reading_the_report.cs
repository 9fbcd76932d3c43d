using System.Text.RegularExpressions;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Tests.Exporting.Support;

namespace EvidenceLedger.Server.Tests.Exporting;

public sealed partial class Reading_the_report(ExportServer server) : IClassFixture<ExportServer>
{
    [Fact]
    public async Task The_report_is_one_printable_page_with_no_external_assets()
    {
        var report = await ReportAsync();

        Assert.StartsWith("<!DOCTYPE html>", report, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", report, StringComparison.Ordinal);
        Assert.Contains("<style>", report, StringComparison.Ordinal);
        Assert.Contains("@media print", report, StringComparison.Ordinal);
        Assert.DoesNotMatch(ExternalAsset(), report);
        Assert.DoesNotContain("<script", report, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", report, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<bdi dir=\"auto\">البوكمال</bdi>", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_correction_shows_its_wording_before_and_after_who_when_and_why()
    {
        var report = await ReportAsync();

        Assert.Contains($"<bdi dir=\"auto\">{DeirEzZor.GunBattleStatement}</bdi>", report, StringComparison.Ordinal);
        Assert.Contains("<bdi dir=\"auto\">On Wednesday 18 November, four IS members were killed in a gun battle in البوكمال</bdi>", report, StringComparison.Ordinal);
        Assert.Contains("Syria Direct&#39;s interview dates the gun battle", report, StringComparison.Ordinal);
        Assert.Contains("Corrections (1)", report, StringComparison.Ordinal);
        Assert.Contains("Retracted by", report, StringComparison.Ordinal);
        Assert.Contains("The figure comes from a post that was later deleted", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sources_show_their_grades_and_claims_their_verification_steps()
    {
        var report = await ReportAsync();

        Assert.Contains("Five years of reporting confirmed by later investigations", report, StringComparison.Ordinal);
        Assert.Contains("A — completely reliable", report, StringComparison.Ordinal);
        Assert.Contains("B — usually reliable", report, StringComparison.Ordinal);
        Assert.Contains(DocumentedIncident.StepNotes, report, StringComparison.Ordinal);
        Assert.Contains("cross-reference", report, StringComparison.Ordinal);
        Assert.Contains("protected identity on file (withheld from this export)", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_names_who_did_what_when_and_the_hashes_and_checkpoint_are_printed()
    {
        var incident = await server.DocumentAsync();
        var bundle = new BundleZipFiles(await server.ExportAsync(incident.IncidentId));
        var report = bundle.Text("report.html");

        Assert.Contains("Timeline (", report, StringComparison.Ordinal);
        Assert.Contains("Corrected the claim", report, StringComparison.Ordinal);
        Assert.Contains("Content withheld from this export.", report, StringComparison.Ordinal);
        foreach (var e in bundle.Json(bundle.IncidentStream)["events"]!.AsArray())
        {
            Assert.Contains(e!["hash"]!.GetValue<string>(), report, StringComparison.Ordinal);
            Assert.Contains(e["actor"]!.GetValue<string>(), report, StringComparison.Ordinal);
        }
        Assert.Contains(bundle.Text("checkpoint.txt").Split('\n')[2], report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_are_read_in_plain_words_beside_their_edtf()
    {
        var report = await ReportAsync();

        Assert.Contains("18 November 2015 <code>2015-11-18</code>", report, StringComparison.Ordinal);
        Assert.Contains("(published 25 November 2015, 2015-11-25)", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_claim_s_date_per_its_source_is_read_in_plain_words_beside_its_edtf()
    {
        var report = await ReportAsync();

        Assert.Contains("<dt>When, per the source</dt><dd>18 November 2015 <code>2015-11-18</code>", report, StringComparison.Ordinal);
        Assert.Contains(", dated by the source 18 November 2015 (2015-11-18),", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_count_shows_the_words_as_reported_first_and_then_the_reading()
    {
        var report = await ReportAsync();

        Assert.Contains("“<bdi dir=\"auto\">more than 30 IS members killed</bdi>” (as reported; read as at least 31)", report, StringComparison.Ordinal);
    }

    private async Task<string> ReportAsync()
    {
        var incident = await server.DocumentAsync();
        return new BundleZipFiles(await server.ExportAsync(incident.IncidentId)).Text("report.html");
    }

    /// <summary>Anything the browser would fetch: src=, href= to a URL, url(…) or @import in the CSS.</summary>
    [GeneratedRegex(@"(\bsrc\s*=|\bhref\s*=\s*""?(https?:|//)|url\(|@import)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalAsset();
}
