using System.Globalization;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.Report;

/// <summary>Each claim as it stood at the export: its wording history (every correction, before and after), citations, verification steps and assessments.</summary>
internal static class ClaimsSection
{
    public static void Write(HtmlText html, ExportedView view)
    {
        var sourceNames = view.Sources.ToDictionary(source => source.Id, source => source.Name);
        html.Raw("<section>\n<h2>").Text($"Claims ({view.Incident.Claims.Count.ToString(CultureInfo.InvariantCulture)})").Raw("</h2>\n");
        if (view.Incident.Claims.Count == 0) html.Raw("<p>").Text("No claims were recorded.").Raw("</p>\n");
        var number = 0;
        foreach (var claim in view.Incident.Claims) Claim(html, claim, ++number, sourceNames);
        html.Raw("</section>\n");
    }

    private static void Claim(HtmlText html, ClaimDocument claim, int number, IReadOnlyDictionary<Guid, string> sourceNames)
    {
        html.Raw("<article class=\"claim\">\n<h3>").Text($"Claim {number.ToString(CultureInfo.InvariantCulture)}").Raw("</h3>\n")
            .Auto(claim.Statement, "p", "statement").Raw("\n");
        if (claim.Retraction is { } retraction)
        {
            html.Raw("<p class=\"retracted\">").Text("Retracted by ").Auto(retraction.Actor).Text(" at ").Time(retraction.RecordedAt)
                .Text(": ").Auto(retraction.Reason).Raw("</p>\n");
        }

        html.Raw("<dl class=\"facts\">\n")
            .Fact("Status", h => h.Raw("<span class=\"tag\">").Text(Words.Of(claim.Status)).Raw("</span>"))
            .Fact("Information credibility", h => h.Text(Words.Of(claim.Credibility)))
            .Fact("Source", h => h.Auto(claim.Source?.Name ?? sourceNames.GetValueOrDefault(claim.SourceId, claim.SourceId.ToString("D")))
                .Text(claim.Source is null ? "" : $", graded {Words.Of(claim.Source.Reliability)}"))
            .Fact("Admiralty code", h => h.Code(claim.AdmiraltyCode ?? claim.CredibilityCode));
        if (claim.Occurred is { } occurred) html.Fact("When, per the source", h => h.Text(claim.OccurredReading + " ").Code(occurred));
        if (claim.Category is not null) html.Fact("Category", h => h.Auto(claim.Category));
        if (claim.Count is { } count) html.Fact("Count", h => Count(h, count));
        html.Fact("Claim id", h => h.Code(claim.Id.ToString("D"))).Raw("</dl>\n");

        Wordings(html, claim);
        Citations(html, claim);
        Steps(html, claim, sourceNames);
        Assessments(html, claim);
        html.Raw("</article>\n");
    }

    private static void Wordings(HtmlText html, ClaimDocument claim)
    {
        html.Raw("<h4>").Text(claim.CorrectionCount == 0 ? "Wording (never corrected)" : $"Corrections ({claim.CorrectionCount.ToString(CultureInfo.InvariantCulture)})").Raw("</h4>\n<table>\n")
            .HeaderRow("Version", "Before", "After", "By", "When", "Why").Raw("<tbody>\n");
        for (var i = 0; i < claim.Wordings.Count; i++)
        {
            var wording = claim.Wordings[i];
            var before = i == 0 ? null : claim.Wordings[i - 1].Statement;
            html.Row(
                h => h.Number(wording.Version),
                h => h.Auto(before ?? "—"),
                h => h.Auto(wording.Statement),
                h => h.Auto(wording.Actor),
                h => h.Time(wording.RecordedAt),
                h => h.Auto(wording.Reason ?? (i == 0 ? "first recorded" : "")));
        }
        html.Raw("</tbody>\n</table>\n");
    }

    private static void Citations(HtmlText html, ClaimDocument claim)
    {
        if (claim.Citations.Count == 0) return;
        html.Raw("<h4>").Text("Citations").Raw("</h4>\n<table>\n").HeaderRow("Document", "Excerpt relied on", "SHA-256 of the original", "Cited").Raw("<tbody>\n");
        foreach (var citation in claim.Citations)
        {
            html.Row(
                h => CitedDocumentWords.Write(h.Auto(citation.Title).Raw("<br>"), citation)
                    .Text(citation.PublishedOn is { } published ? $" (published {citation.PublishedOnReading}, {published})" : ""),
                h => h.Quoted(citation.Excerpt),
                h => h.Code(citation.Sha256 ?? "—"),
                h => h.Auto(citation.CitedBy).Raw("<br>").Time(citation.CitedAt));
        }
        html.Raw("</tbody>\n</table>\n");
    }

    private static void Steps(HtmlText html, ClaimDocument claim, IReadOnlyDictionary<Guid, string> sourceNames)
    {
        html.Raw("<h4>").Text("Verification steps").Raw("</h4>\n");
        if (claim.VerificationSteps.Count == 0)
        {
            html.Raw("<p>").Text("None recorded.").Raw("</p>\n");
            return;
        }
        html.Raw("<table>\n").HeaderRow("Method", "Outcome", "Notes", "Relying on", "Recorded").Raw("<tbody>\n");
        foreach (var step in claim.VerificationSteps)
        {
            html.Row(
                h => h.Text(Words.Of(step.Method)),
                h => h.Text(Words.Of(step.Outcome)),
                h => h.Auto(step.Notes),
                h => h.Auto(step.SourceId is { } id ? sourceNames.GetValueOrDefault(id, id.ToString("D")) : "—"),
                h => h.Auto(step.RecordedBy).Raw("<br>").Time(step.RecordedAt));
        }
        html.Raw("</tbody>\n</table>\n");
    }

    private static void Assessments(HtmlText html, ClaimDocument claim)
    {
        if (claim.Assessments.Count == 0) return;
        html.Raw("<h4>").Text("Assessments").Raw("</h4>\n<table>\n").HeaderRow("Status", "Credibility", "Rationale", "Assessed").Raw("<tbody>\n");
        foreach (var assessment in claim.Assessments)
        {
            html.Row(
                h => h.Text(Words.Of(assessment.Status)),
                h => h.Text(Words.Of(assessment.Credibility)),
                h => h.Auto(assessment.Rationale),
                h => h.Auto(assessment.Actor).Raw("<br>").Time(assessment.RecordedAt));
        }
        html.Raw("</tbody>\n</table>\n");
    }

    private static void Count(HtmlText html, CountRange count)
    {
        if (count.AsReported is { } phrase)
        {
            html.Quoted(phrase).Text(" (as reported; read as " + count.Reading() + ")");
            return;
        }
        var range = (count.Min, count.Max) switch
        {
            ({ } min, { } max) when min == max => min.ToString(CultureInfo.InvariantCulture),
            ({ } min, { } max) => $"{min.ToString(CultureInfo.InvariantCulture)}–{max.ToString(CultureInfo.InvariantCulture)}",
            ({ } min, null) => $"at least {min.ToString(CultureInfo.InvariantCulture)}",
            (null, { } max) => $"at most {max.ToString(CultureInfo.InvariantCulture)}",
            _ => "unknown",
        };
        html.Text(range + " ").Auto(count.Subject);
    }
}
