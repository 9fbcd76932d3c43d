using EvidenceLedger.EventStore;
using EvidenceLedger.Server.Evidence.Claims.Assessing;
using EvidenceLedger.Server.Evidence.Claims.Citing;
using EvidenceLedger.Server.Evidence.Claims.Correcting;
using EvidenceLedger.Server.Evidence.Claims.Dating;
using EvidenceLedger.Server.Evidence.Claims.Importing;
using EvidenceLedger.Server.Evidence.Claims.Recording;
using EvidenceLedger.Server.Evidence.Claims.Retracting;
using EvidenceLedger.Server.Evidence.Claims.Verifying;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Files;
using EvidenceLedger.Server.Evidence.Importing;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Incidents.Dating;
using EvidenceLedger.Server.Evidence.Incidents.Deciding;
using EvidenceLedger.Server.Evidence.Incidents.Describing;
using EvidenceLedger.Server.Evidence.Incidents.Importing;
using EvidenceLedger.Server.Evidence.Incidents.PlaceAliasing;
using EvidenceLedger.Server.Evidence.Incidents.Recording;
using EvidenceLedger.Server.Evidence.Incidents.Relocating;
using EvidenceLedger.Server.Evidence.Incidents.Searching;
using EvidenceLedger.Server.Evidence.Incidents.Similar;
using EvidenceLedger.Server.Evidence.Incidents.Viewing;
using EvidenceLedger.Server.Evidence.Replaying;
using EvidenceLedger.Server.Evidence.Sources;
using EvidenceLedger.Server.Evidence.Sources.Aliasing;
using EvidenceLedger.Server.Evidence.Sources.Identifying;
using EvidenceLedger.Server.Evidence.Sources.Importing;
using EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;
using EvidenceLedger.Server.Evidence.Sources.Registering;
using EvidenceLedger.Server.Evidence.Sources.Regrading;
using EvidenceLedger.Server.Evidence.Sources.ShreddingIdentity;
using EvidenceLedger.Server.Evidence.Sources.Similar;
using EvidenceLedger.Server.Evidence.Sources.Viewing;
using EvidenceLedger.Server.Projections;

namespace EvidenceLedger.Server.Evidence;

/// <summary>
/// The evidence feature: sources, incidents and claims. Registers the inline projections, the key vault, and the
/// services (<see cref="SourceCommands"/>, <see cref="SourceQueries"/>, <see cref="IncidentDecisions"/>,
/// <see cref="IncidentQueries"/>) that the HTTP API — and anything else in the process, such as pages or a demo-data
/// loader — call; incident commands are Wolverine messages (<see cref="DecideIncident"/>).
/// </summary>
public static class EvidenceModule
{
    public static IServiceCollection AddEvidence(this IServiceCollection services)
    {
        services.AddSingleton(DocumentProjection.For<SourceListing>(SourcesProjection.ProjectionName, SourcesProjection.DefinitionVersion,
            EvidenceStreams.SourcePrefix));
        services.AddSingleton(DocumentProjection.For<IncidentListing>(IncidentsProjection.ProjectionName, IncidentsProjection.DefinitionVersion,
            EvidenceStreams.IncidentPrefix));
        services.AddSingleton(sp => new SourceKeyVault(sp.GetRequiredService<LedgerEventStore>().DataSource,
            new KeyEncryptionKeys(IdentityKeyFile.PathFrom(sp.GetRequiredService<IConfiguration>()),
                SealedKeyFile.SecretFrom(sp.GetRequiredService<IConfiguration>()))));
        services.AddHostedService<SourceKeyVaultSetup>();
        services.AddSingleton<SourceCommands>();
        services.AddSingleton<ReplayLimiter>();
        services.AddSingleton<EvidenceHistory>();
        services.AddExceptionHandler<ReplayBusyHandler>();
        services.AddSingleton<SourceQueries>();
        services.AddSingleton<CitingClaims>();
        services.AddSingleton<SimilarSources>();
        services.AddSingleton<SimilarIncidents>();
        services.AddSingleton<IncidentDecisions>();
        services.AddSingleton<IncidentQueries>();
        services.AddFiles();
        services.AddSingleton<IncidentImport>();
        services.AddSingleton<SourceImport>();
        services.AddSingleton<ClaimImport>();
        services.AddSingleton<Imports>();
        services.AddSingleton<ImportProgressBoard>();
        return services;
    }

    /// <summary>The evidence reads, under /api; the writes are Wolverine endpoints (found by <c>MapWolverineEndpoints</c>).</summary>
    public static IEndpointRouteBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        app.MapSourceReads();
        app.MapSimilarSources();

        app.MapSearchIncidents();
        app.MapIncidentReads();
        app.MapSimilarIncidents();

        app.MapFiles();
        return app;
    }
}
