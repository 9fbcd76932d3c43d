using System.Text;

namespace EvidenceLedger.Server.Exporting.Report;

/// <summary>
/// <c>report.html</c>: one self-contained, printable page (inline CSS, no scripts, no external assets) telling who did
/// what to the incident, when and why; every correction with its before and after wording; the sources and their grades;
/// the verification steps; and the hashes and checkpoint that let anyone check it.
/// </summary>
public static class ProvenanceReport
{
    public static byte[] Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var html = new HtmlText();
        html.Raw("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Raw("<title>").Text($"Provenance report: {model.AsOfExport.Incident.Title}").Raw("</title>\n")
            .Raw("<style>\n").Raw(ReportStyles.Css).Raw("\n</style>\n</head>\n<body>\n");
        SummarySection.Write(html, model);
        ClaimsSection.Write(html, model.AsOfExport);
        FilesSection.Write(html, model.Description);
        SourcesSection.Write(html, model.AsOfExport);
        TimelineSection.Write(html, model);
        VerificationSection.Write(html, model);
        html.Raw("</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }
}
