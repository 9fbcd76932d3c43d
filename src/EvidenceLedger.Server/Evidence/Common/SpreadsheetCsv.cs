using System.Globalization;
using CsvHelper;

namespace EvidenceLedger.Server.Evidence.Common;

/// <summary>
/// CSV for spreadsheets, as every download of the ledger writes it: a header row, CRLF line ends, invariant culture, and a
/// cell a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) written with a leading
/// apostrophe: reports quote people, and a quoted "=HYPERLINK(…)" must stay text. The imports undo the apostrophe.
/// </summary>
public static class SpreadsheetCsv
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture, NewLine = "\r\n" };
        using (var csv = CsvWriter.Create(text, options, true))
        {
            csv.WriteRecord([.. header]);
            foreach (var row in rows) csv.WriteRecord(row);
            csv.Flush();
        }
        return text.ToString();
    }
}
