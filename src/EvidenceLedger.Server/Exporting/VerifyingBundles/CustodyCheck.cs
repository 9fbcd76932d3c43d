using EvidenceLedger.EventStore.Time;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>The custody fields export.json shows — which incident, when, by whom, why — are those of the ledger's export event.</summary>
internal static class CustodyCheck
{
    public static string Run(ExportDescription description, ExportEventCheck.Proven export)
    {
        var data = export.Data;
        Require("format", description.Format, data.Format);
        Require("incidentId", description.IncidentId.ToString("D"), data.IncidentId.ToString("D"));
        Require("incidentTitle", description.IncidentTitle, data.IncidentTitle);
        Require("exportedAt", LedgerInstant.Format(description.ExportedAt), data.ExportedAt);
        Require("exportedBy", description.ExportedBy, export.Event.Actor);
        Require("reason", description.Reason, export.Event.Reason);
        return $"custody: exported {data.ExportedAt} by {export.Event.Actor}, as the ledger recorded it (event {export.Event.EventId:D})";
    }

    private static void Require(string member, string? shown, string? recorded)
    {
        if (!string.Equals(shown, recorded, StringComparison.Ordinal))
            throw new BundleFailureException(new BundleFailure(BundlePaths.Description, member,
                $"it says {Show(shown)}, but the ledger's export event records {Show(recorded)}."));
    }

    private static string Show(string? value) => value is null ? "none" : $"\"{value}\"";
}
