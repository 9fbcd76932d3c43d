using System.Globalization;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.Report;

/// <summary>The uploaded files the citations name: each one's copy in the bundle, or why only its SHA-256 is given.</summary>
internal static class FilesSection
{
    public static void Write(HtmlText html, ExportDescription description)
    {
        if (description.Files is not { Count: > 0 } files) return;
        var left = files.Count(file => file.File is null);
        html.Raw("<section>\n<h2>").Text($"Files cited ({files.Count.ToString(CultureInfo.InvariantCulture)})").Raw("</h2>\n<p>")
            .Text(left == 0
                ? "The bundle holds every uploaded file the citations name, under files/, each named by its SHA-256."
                : $"The bundle holds {(files.Count - left).ToString(CultureInfo.InvariantCulture)} of them under files/; for {left.ToString(CultureInfo.InvariantCulture)} it gives only the SHA-256 and size, as said below.")
            .Raw("</p>\n<table>\n").HeaderRow("File", "Type", "Size (bytes)", "SHA-256", "In this bundle").Raw("<tbody>\n");
        foreach (var file in files)
        {
            html.Row(
                h => h.Auto(file.FileName),
                h => h.Text(file.MediaType),
                h => h.Text(file.Size.ToString("N0", CultureInfo.InvariantCulture)),
                h => h.Code(file.Sha256),
                h => _ = file.File is { } path
                    ? h.Raw("<a href=\"").Text(path).Raw("\">").Text(path).Raw("</a>")
                    : h.Text($"not included: {file.LeftOut}; only its SHA-256 is given"));
        }
        html.Raw("</tbody>\n</table>\n</section>\n");
    }
}
