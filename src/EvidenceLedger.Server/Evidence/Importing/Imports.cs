using EvidenceLedger.Server.Evidence.Claims.Importing;
using EvidenceLedger.Server.Evidence.Incidents.Importing;
using EvidenceLedger.Server.Evidence.Sources.Importing;

namespace EvidenceLedger.Server.Evidence.Importing;

/// <summary>The one door to every import, for the API and the import page alike.</summary>
public sealed class Imports(IncidentImport incidents, SourceImport sources, ClaimImport claims)
{
    public Task<ImportOutcome> ImportAsync(ImportKind kind, byte[] csv, string actor, string? reason, bool dryRun, IProgress<ImportProgress>? progress = null,
        CancellationToken ct = default) => kind switch
    {
        ImportKind.Sources => sources.ImportAsync(csv, actor, reason, dryRun, progress, ct),
        ImportKind.Claims => claims.ImportAsync(csv, actor, reason, dryRun, progress, ct),
        _ => incidents.ImportAsync(csv, actor, reason, dryRun, progress, ct),
    };
}
