namespace EvidenceLedger.Server.Evidence.Incidents.Importing;

/// <summary>Something wrong with an import: <paramref name="Key"/> is <c>header</c>, <c>rows</c> or <c>rows[3].occurred</c> (a data row counted from 1, and its column).</summary>
public sealed record ImportProblem(string Key, string Message)
{
    public static string RowKey(int row) => $"rows[{row}]";

    public static string CellKey(int row, string column) => $"{RowKey(row)}.{column}";
}
