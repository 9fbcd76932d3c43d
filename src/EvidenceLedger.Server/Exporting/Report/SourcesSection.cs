using System.Globalization;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.Report;

/// <summary>Every source the claims rely on, with each reliability grade it has held: who gave it, when and why.</summary>
internal static class SourcesSection
{
    public static void Write(HtmlText html, ExportedView view)
    {
        html.Raw("<section>\n<h2>").Text($"Sources ({view.Sources.Count.ToString(CultureInfo.InvariantCulture)})").Raw("</h2>\n");
        foreach (var source in view.Sources)
        {
            html.Auto(source.Name, "h3").Raw("\n<dl class=\"facts\">\n")
                .Fact("Kind", h => h.Text(Words.Of(source.Kind)))
                .Fact("Reliability now", h => h.Raw("<span class=\"tag\">").Text(Words.Of(source.Reliability)).Raw("</span>"))
                .Fact("Identity", h => h.Text(Words.Of(source.IdentityStatus)));
            if (source.Aliases.Count > 0)
            {
                html.Fact("Also appears as", h =>
                {
                    for (var i = 0; i < source.Aliases.Count; i++)
                    {
                        if (i > 0) h.Text(", ");
                        h.Auto(source.Aliases[i]);
                    }
                });
            }
            html.Fact("Registered", h => h.Text("by ").Auto(source.RegisteredBy).Text(" at ").Time(source.RegisteredAt))
                .Fact("Source id", h => h.Code(source.Id.ToString("D")))
                .Raw("</dl>\n<table>\n").HeaderRow("Version", "Grade", "Why", "By", "When").Raw("<tbody>\n");
            foreach (var grading in source.Gradings)
            {
                html.Row(
                    h => h.Number(grading.Version),
                    h => h.Text(Words.Of(grading.Reliability)),
                    h => h.Auto(grading.Rationale ?? "(grade given at registration)"),
                    h => h.Auto(grading.By),
                    h => h.Time(grading.At));
            }
            html.Raw("</tbody>\n</table>\n");
        }
        html.Raw("</section>\n");
    }
}
