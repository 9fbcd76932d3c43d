using CsvHelper;
using EvidenceLedger.Server.Evidence.Incidents.Csv;

namespace EvidenceLedger.Server.Evidence.Incidents.Importing;

/// <summary>
/// Reads incidents from CSV in the export's columns (<see cref="IncidentListCsv.ImportColumns"/>): a header row naming
/// them (any order, any case; the export's own further columns are left aside), then one incident a row. Every problem
/// of the file is collected, none is thrown: the caller answers them all at once. A row with broken quoting is still
/// returned, as CsvHelper recovered it, beside its problem.
/// </summary>
public static class IncidentCsvReader
{
    /// <summary>The most data rows one import takes.</summary>
    public const int MaxRows = 5_000;

    private static readonly string[] Required = ["title", "occurred", "place"];

    // The export escapes a cell a spreadsheet would run as a formula with a leading apostrophe; reading it back undoes that.
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static (IReadOnlyList<IncidentCsvRow> Rows, IReadOnlyList<ImportProblem> Problems) Read(byte[] csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var problems = new List<ImportProblem>();
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = true,
            SkipEmptyLines = true,
            // Recovered rather than skipped, so the rows after a malformed one keep their numbers (and are checked too).
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = malformed => problems.Add(malformed.RecordNumber <= 1
                ? new ImportProblem("header", Malformed(malformed.Reason))
                : ImportProblem.InRow((int)malformed.RecordNumber - 1, Malformed(malformed.Reason))),
        };
        try
        {
            return ReadRows(csv, options, problems);
        }
        catch (CsvFormatException e)
        {
            // Only input CsvHelper cannot read at all gets here (bad quoting is collected row by row above).
            const string unreadable = "The file cannot be read as CSV from here on.";
            problems.Add(e.RecordNumber <= 1 ? new ImportProblem("header", unreadable) : ImportProblem.InRow((int)e.RecordNumber - 1, unreadable));
            return ([], problems);
        }
    }

    private static (IReadOnlyList<IncidentCsvRow> Rows, IReadOnlyList<ImportProblem> Problems) ReadRows(byte[] csv, CsvReaderOptions options, List<ImportProblem> problems)
    {
        using var reader = CsvReader.Create(csv, options);
        var columns = Columns(reader.Headers, problems);
        if (columns is null) return ([], problems);

        var rows = new List<IncidentCsvRow>();
        while (reader.Read())
        {
            var number = (int)reader.RowNumber;
            if (number > MaxRows)
            {
                problems.Add(new ImportProblem("rows", $"A file may hold at most {MaxRows} rows; import it in parts."));
                return ([], problems);
            }
            string? Cell(string column) => columns.TryGetValue(column, out var index) && index < reader.FieldCount
                ? Unescaped(reader.GetString(index))
                : null;
            rows.Add(new IncidentCsvRow(
                number,
                Cell("title") ?? "",
                Cell("occurred") ?? "",
                Cell("place") ?? "",
                (Cell("aliases") ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                Cell("summary")));
        }
        if (rows.Count == 0 && problems.Count == 0)
            problems.Add(new ImportProblem("rows", "The file has a header but no rows: there is nothing to import."));
        return (rows, problems);
    }

    /// <summary>Where each column the import reads is, or null (with the problems) when the header is not one it can read.</summary>
    private static Dictionary<string, int>? Columns(IReadOnlyList<string> header, List<ImportProblem> problems)
    {
        var known = IncidentListCsv.ImportColumns.Concat(IncidentListCsv.LedgerColumns).ToList();
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            if (!known.Contains(name, StringComparer.OrdinalIgnoreCase))
                problems.Add(new ImportProblem("header", $"'{name}' is not a column the import reads; its columns are {string.Join(", ", IncidentListCsv.ImportColumns)} (the export's further columns are left aside)."));
            else if (!columns.TryAdd(name, i))
                problems.Add(new ImportProblem("header", $"The column '{name}' is named twice."));
        }
        foreach (var missing in Required.Where(column => !columns.ContainsKey(column)))
            problems.Add(new ImportProblem("header", $"The header row has no '{missing}' column; the first row must name the columns: {string.Join(",", IncidentListCsv.ImportColumns)}."));
        return problems.Count == 0 ? columns : null;
    }

    private static string? Unescaped(string? cell) =>
        cell is ['\'', var next, ..] && FormulaStarts.Contains(next) ? cell[1..] : cell;

    private static string Malformed(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "The row has a quote inside a cell that is not quoted: quote the whole cell and double the quote (\"\"), as spreadsheets do.",
        CsvMalformedReason.TextAfterClosingQuote => "The row has text after a cell's closing quote: quote the whole cell and double any quote inside it.",
        CsvMalformedReason.UnterminatedQuote => "A quoted cell in this row is never closed: the rest of the file would be read into it.",
        _ => "The row is not well-formed CSV.",
    };
}
