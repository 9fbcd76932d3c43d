using System.Globalization;
using EvidenceLedger.Evidence.Claims.Citing;
using EvidenceLedger.Server.Evidence.Claims.Citing;

namespace EvidenceLedger.Server.Exporting.Report;

/// <summary>The document a citation points to, in the report's words: its address, the uploaded file (listed with the files the bundle holds) or where it is kept offline.</summary>
internal static class CitedDocumentWords
{
    public static string Of(string? url, UploadedFile? file, string? reference) =>
        url ?? (file is not null ? $"uploaded file {file.FileName}, SHA-256 {file.Sha256}" : $"offline: {reference}");

    public static HtmlText Write(HtmlText html, CitationDocument citation)
    {
        if (citation.File is { } file)
        {
            return html.Text("uploaded file ").Auto(file.FileName)
                .Text($" ({file.MediaType}, {file.Size.ToString("N0", CultureInfo.InvariantCulture)} bytes) SHA-256 ").Code(file.Sha256);
        }
        return citation.Reference is { } reference ? html.Text("offline: ").Auto(reference) : html.Code(citation.Url);
    }
}
