using EvidenceLedger.Server.Exporting.Archive;
using EvidenceLedger.Server.Exporting;
using EvidenceLedger.Server.Exporting.Building;
using EvidenceLedger.Server.Exporting.Http;
using EvidenceLedger.Server.Exporting.Recording;
using EvidenceLedger.Server.Projections;

// In the root namespace, so the composition root (Hosting/LedgerApp.cs) calls it without a using of its own.
namespace EvidenceLedger.Server;

/// <summary>
/// Provenance exports for legal teams: <see cref="IncidentExporter"/> builds an incident's bundle and records the export;
/// <see cref="ExportQueries"/> lists past exports. verify-bundle needs none of this: it is pure (VerifyingBundles).
/// </summary>
public static class ExportingModule
{
    public static IServiceCollection AddExporting(this IServiceCollection services)
    {
        services.AddSingleton(new DocumentProjection(ExportsProjection.ProjectionName, ExportsProjection.DefinitionVersion, typeof(ExportListing),
            ExportStreams.Prefix, ExportsProjection.StoreExportsOfAsync));
        services.AddSingleton<SnapshotReader>();
        services.AddSingleton<LogCoverage>();
        services.AddSingleton<ExportWitnessing>();
        services.AddSingleton<ExportRecorder>();
        services.AddSingleton<ExportQueries>();
        services.AddSingleton<BundleArchive>();
        services.AddSingleton<IncidentExporter>();
        return services;
    }

    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapExportIncident();
        app.MapListExports();
        app.MapDownloadBundle();
        return app;
    }
}
