using System.Globalization;
using EvidenceLedger.Server.Evidence.Common;
using NodaTime.Text;

namespace EvidenceLedger.Server.Evidence.Incidents.Csv;

/// <summary>
/// The incident list as CSV (<see cref="SpreadsheetCsv"/>): the import's columns first (title, occurred, place, aliases
/// separated by ';', summary), then what the ledger knows of each.
/// </summary>
public static class IncidentListCsv
{
    public const string MediaType = "text/csv";

    /// <summary>The columns an import reads, in the order the export writes them first.</summary>
    public static readonly IReadOnlyList<string> ImportColumns = ["title", "occurred", "place", "aliases", "summary"];

    /// <summary>The columns only the export writes: what the ledger knows of each incident, which an import leaves aside.</summary>
    public static readonly IReadOnlyList<string> LedgerColumns = ["id", "claims", "claimStatuses", "recordedBy", "recordedAt", "lastChangedAt", "version"];

    private static readonly string[] Header = [.. ImportColumns, .. LedgerColumns];

    public static string Write(IEnumerable<IncidentSummary> incidents)
    {
        ArgumentNullException.ThrowIfNull(incidents);
        return SpreadsheetCsv.Write(Header, incidents.Select(incident => new[]
        {
            incident.Title, incident.Occurred, incident.Place.Name, string.Join("; ", incident.Place.Aliases), incident.Summary,
            incident.Id.ToString("D"), incident.ClaimCount.ToString(CultureInfo.InvariantCulture),
            string.Join("; ", incident.ClaimStatuses.Select(status => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString()))), incident.RecordedBy,
            InstantPattern.ExtendedIso.Format(incident.RecordedAt), InstantPattern.ExtendedIso.Format(incident.LastChangedAt),
            incident.Version.ToString(CultureInfo.InvariantCulture),
        }));
    }

    /// <summary>Whether the request asks for CSV rather than JSON.</summary>
    public static bool IsWanted(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase));
}
