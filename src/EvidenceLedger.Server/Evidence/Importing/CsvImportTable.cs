using CsvHelper;

namespace EvidenceLedger.Server.Evidence.Importing;

/// <summary>One data row of an import file: its number (data rows counted from 1) and its cells by column name.</summary>
public sealed record CsvImportRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>The cell of <paramref name="column"/>, or null when the file has no such column or the row is short.</summary>
    public string? Cell(string column) => Cells.GetValueOrDefault(column);

    /// <summary>The cell split at ';', each part trimmed, empty parts dropped (aliases).</summary>
    public IReadOnlyList<string> List(string column) =>
        (Cell(column) ?? "").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// Reads an import file: a header row naming the columns (any order, any case), then one record a row. The columns
/// an export writes beside the importable ones are accepted and left aside, so a download imports as it is. Every
/// problem of the file is collected, none is thrown: the caller answers them all at once. A row with broken quoting
/// is still returned, as CsvHelper recovered it, beside its problem.
/// </summary>
/// <param name="Columns">The columns the import reads, in the order the docs and the export give them.</param>
/// <param name="Required">The columns the header must name.</param>
/// <param name="LeftAside">Columns only the export writes, which the import accepts and ignores.</param>
public sealed record CsvImportTable(IReadOnlyList<string> Columns, IReadOnlyList<string> Required, IReadOnlyList<string> LeftAside)
{
    /// <summary>The most data rows one import takes.</summary>
    public const int MaxRows = 5_000;

    // The export escapes a cell a spreadsheet would run as a formula with a leading apostrophe; reading it back undoes that.
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public (IReadOnlyList<CsvImportRow> Rows, IReadOnlyList<ImportProblem> Problems) Read(byte[] csv)
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

    private (IReadOnlyList<CsvImportRow> Rows, IReadOnlyList<ImportProblem> Problems) ReadRows(byte[] csv, CsvReaderOptions options, List<ImportProblem> problems)
    {
        using var reader = CsvReader.Create(csv, options);
        var columns = HeaderColumns(reader.Headers, problems);
        if (columns is null) return ([], problems);

        var rows = new List<CsvImportRow>();
        while (reader.Read())
        {
            var number = (int)reader.RowNumber;
            if (number > MaxRows)
            {
                problems.Add(new ImportProblem("rows", $"A file may hold at most {MaxRows} rows; import it in parts."));
                return ([], problems);
            }
            var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, index) in columns)
            {
                if (index < reader.FieldCount && Unescaped(reader.GetString(index)) is { } cell) cells[name] = cell;
            }
            rows.Add(new CsvImportRow(number, cells));
        }
        if (rows.Count == 0 && problems.Count == 0)
            problems.Add(new ImportProblem("rows", "The file has a header but no rows: there is nothing to import."));
        return (rows, problems);
    }

    /// <summary>Where each column the import reads is (by its canonical name), or null (with the problems) when the header is not one it can read.</summary>
    private Dictionary<string, int>? HeaderColumns(IReadOnlyList<string> header, List<ImportProblem> problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            var known = Columns.FirstOrDefault(column => column.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (known is null && !LeftAside.Contains(name, StringComparer.OrdinalIgnoreCase))
                problems.Add(new ImportProblem("header", $"'{name}' is not a column the import reads; its columns are {string.Join(", ", Columns)} (the export's further columns are left aside)."));
            else if (!seen.Add(name))
                problems.Add(new ImportProblem("header", $"The column '{name}' is named twice."));
            else if (known is not null)
                columns[known] = i;
        }
        foreach (var missing in Required.Where(column => !columns.ContainsKey(column)))
            problems.Add(new ImportProblem("header", $"The header row has no '{missing}' column; the first row must name the columns: {string.Join(",", Columns)}."));
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
