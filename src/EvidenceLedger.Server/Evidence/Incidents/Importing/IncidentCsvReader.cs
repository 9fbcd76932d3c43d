using EvidenceLedger.Server.Evidence.Importing;
using EvidenceLedger.Server.Evidence.Incidents.Csv;

namespace EvidenceLedger.Server.Evidence.Incidents.Importing;

/// <summary>Reads incidents from CSV in the export's columns (<see cref="IncidentListCsv.ImportColumns"/>), one incident a row.</summary>
public static class IncidentCsvReader
{
    /// <summary>The most data rows one import takes.</summary>
    public const int MaxRows = CsvImportTable.MaxRows;

    private static readonly CsvImportTable Table = new(IncidentListCsv.ImportColumns, ["title", "occurred", "place"], IncidentListCsv.LedgerColumns);

    public static (IReadOnlyList<IncidentCsvRow> Rows, IReadOnlyList<ImportProblem> Problems) Read(byte[] csv)
    {
        var (rows, problems) = Table.Read(csv);
        return (rows.Select(row => new IncidentCsvRow(
            row.Number, row.Cell("title") ?? "", row.Cell("occurred") ?? "", row.Cell("place") ?? "", row.List("aliases"), row.Cell("summary"))).ToList(), problems);
    }
}
