namespace EvidenceLedger.Server.Evidence.Importing;

/// <summary>Something wrong with an import: <paramref name="Key"/> is <c>header</c>, <c>rows</c>, <c>rows[3]</c> or <c>rows[3].occurred</c> (a data row counted from 1, and its column).</summary>
/// <param name="Row">The data row at fault, counted from 1; 0 for the header or the file as a whole.</param>
public sealed record ImportProblem(string Key, string Message, int Row = 0)
{
    public static ImportProblem InRow(int row, string message) => new($"rows[{row}]", message, row);

    public static ImportProblem InCell(int row, string column, string message) => new($"rows[{row}].{column}", message, row);
}
