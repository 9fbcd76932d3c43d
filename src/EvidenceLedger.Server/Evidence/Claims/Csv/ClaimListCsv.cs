using System.Globalization;
using System.Text.Json;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Server.Evidence.Incidents;

namespace EvidenceLedger.Server.Evidence.Claims.Csv;

/// <summary>
/// An incident's claims as CSV, for spreadsheets: the claim import's columns first (so a download imports as it is),
/// then what the ledger knows of each claim. The count is the phrase as reported (or, for a count given as figures,
/// its reading with what is counted), so that importing it again reads the same range. Written as <see cref="SpreadsheetCsv"/>.
/// </summary>
public static class ClaimListCsv
{
    /// <summary>The columns a claim import reads, in the order the export writes them first.</summary>
    public static readonly IReadOnlyList<string> ImportColumns = ["incident", "statement", "source", "sourceId", "count", "credibility", "category", "occurred"];

    /// <summary>The columns only the export writes, which an import leaves aside.</summary>
    public static readonly IReadOnlyList<string> LedgerColumns =
        ["id", "incidentTitle", "countReading", "occurredReading", "status", "admiraltyCode", "citations", "verificationSteps", "corrections", "supportingSources"];

    private static readonly string[] Header = [.. ImportColumns, .. LedgerColumns];

    public static string Write(IncidentDocument incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return SpreadsheetCsv.Write(Header, incident.Claims.Select(claim => new[]
        {
            incident.Id.ToString("D"), claim.Statement, claim.Source?.Name ?? "", claim.SourceId.ToString("D"), Count(claim.Count),
            claim.CredibilityCode, claim.Category ?? "", claim.Occurred ?? "",
            claim.Id.ToString("D"), incident.Title, claim.CountReading ?? "", claim.OccurredReading ?? "",
            JsonNamingPolicy.SnakeCaseLower.ConvertName(claim.Status.ToString()), claim.AdmiraltyCode ?? "",
            Number(claim.Citations.Count), Number(claim.VerificationSteps.Count), Number(claim.CorrectionCount), Number(claim.DistinctSupportingSources),
        }));
    }

    /// <summary>The attachment name of an incident's claims: its id, which no title can make unsafe.</summary>
    public static string FileName(Guid incidentId) => $"claims-{incidentId:D}.csv";

    private static string Count(CountRange? count) => count switch
    {
        null => "",
        { AsReported: { } phrase } => phrase,
        _ => $"{count.Reading()} {count.Subject}".Trim(),
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
