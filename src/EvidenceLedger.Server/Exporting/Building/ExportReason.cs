using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>Why an incident is exported: optional free text, recorded with the export, under the same rules as every reason.</summary>
public static class ExportReason
{
    public static Rejection? Problem(string? reason) => FreeText.Optional(reason, "reason", "A reason", TextLimits.Reason);
}
