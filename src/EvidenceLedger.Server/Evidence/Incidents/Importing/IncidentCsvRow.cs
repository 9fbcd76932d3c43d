namespace EvidenceLedger.Server.Evidence.Incidents.Importing;

/// <summary>One data row of an incident CSV, as read.</summary>
/// <param name="Number">The row's number, counting data rows from 1 (the header is not counted).</param>
/// <param name="Aliases">The <c>aliases</c> cell split at ';', each trimmed, empty ones dropped.</param>
public sealed record IncidentCsvRow(int Number, string Title, string Occurred, string Place, IReadOnlyList<string> Aliases, string? Summary);
