using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Sources;
using NodaTime;

namespace EvidenceLedger.Server.Exporting.Bundle;

/// <summary>
/// The content of <c>views/current.json</c> and <c>views/as-of-export.json</c>: the incident as the API shows it, and every
/// source its claims rely on with its grading history. Never a protected identity.
/// </summary>
/// <param name="View"><c>current</c> (the ledger's read model when exported) or <c>as_of_export</c> (replayed up to <paramref name="AsOf"/>).</param>
public sealed record ExportedView(string View, Instant? AsOf, IncidentDocument Incident, IReadOnlyList<SourceDocument> Sources)
{
    public const string Current = "current";
    public const string AsOfExport = "as_of_export";
}
