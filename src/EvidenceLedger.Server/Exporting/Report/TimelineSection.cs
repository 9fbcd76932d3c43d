using System.Globalization;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.Report;

/// <summary>Every exported event in ledger order: when, who, what and why, and where it sits in its stream.</summary>
internal static class TimelineSection
{
    public static void Write(HtmlText html, ReportModel model)
    {
        var wording = new EventWording(model.AsOfExport.Sources.ToDictionary(source => source.Id, source => source.Name));
        var events = model.Streams.SelectMany(stream => stream.Events).OrderBy(e => e.Position).ToList();
        html.Raw("<section>\n<h2>").Text($"Timeline ({events.Count.ToString(CultureInfo.InvariantCulture)} events)").Raw("</h2>\n")
            .Raw("<p>").Text("Who did what, when and why, in the order the ledger recorded it. Times are the ledger's own, in UTC.").Raw("</p>\n<table>\n")
            .HeaderRow("When", "Who", "What", "Why", "Stream, version").Raw("<tbody>\n");
        foreach (var exported in events)
        {
            var stored = StoredEvents.From(exported);
            html.Row(
                h => h.Time(stored.RecordedAt),
                h => h.Auto(exported.Actor),
                h => wording.Describe(h, stored, exported.IsWithheld),
                h => h.Auto(exported.Reason ?? ""),
                h => h.Code(exported.StreamId).Text(", v").Number(exported.Version));
        }
        html.Raw("</tbody>\n</table>\n</section>\n");
    }
}
