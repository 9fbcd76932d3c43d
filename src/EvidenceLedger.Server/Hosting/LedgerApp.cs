using EvidenceLedger.Server.Health;
using EvidenceLedger.Server.Problems;
using EvidenceLedger.Server.Integrity;
using EvidenceLedger.Server.Json;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Demo.Loading;
using EvidenceLedger.Server.Evidence;
using EvidenceLedger.Server.Projections;
using EvidenceLedger.Server.Users;
using EvidenceLedger.Server.Users.Registering;
using EvidenceLedger.Server.Web;
using System.Text.Json.Serialization;
using NodaTime;
using EvidenceLedger.Server.Evidence.Http;
using Wolverine;
using Wolverine.Http;

namespace EvidenceLedger.Server.Hosting;

/// <summary>The composition root: one place where every feature registers its services and maps its endpoints.</summary>
public static class LedgerApp
{
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static async Task<WebApplication> CreateAsync(string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateBuilder(args);
        ShippedDefaults.AddTo(builder.Configuration);
        configure?.Invoke(builder);

        builder.Logging.AddLedgerConsole();
        using var startupLoggers = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddLedgerConsole());
        var database = await LedgerDatabaseBootstrap.OpenAsync(builder.Configuration, startupLoggers, ct);
        // Made by a factory, so the container owns it: disposing the app closes the database, also for the commands
        // that use the app's services without ever starting it.
        builder.Services.AddSingleton(_ => database);
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddSingleton<Readiness>();
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        builder.Services.AddExceptionHandler<BadRequestHandler>();
        builder.Services.AddHostedService<EmbeddedClusterWatch>();
        builder.Host.UseWolverine(LedgerWolverine.Configure);
        builder.Services.AddLedgerMarten();
        builder.Services.AddWolverineHttp();
        builder.Services.AddOpenApi(options => options.AddOperationTransformer<DescribedBodies>());
        // A request member no field takes (a misspelt "sumary") is refused, never silently dropped (JsonBody names each one).
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.WithApiConverters().UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        builder.Services.AddLedgerStore();
        builder.Services.AddLedgerAuthorization();
        builder.Services.AddUsers();
        builder.Services.AddDemo();
        builder.Services.AddEvidence();
        builder.Services.AddIntegrity();
        builder.Services.AddExporting();
        builder.Services.AddWebInterface();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseWebAssets();
        app.UseMiddleware<UnstorableTextFilter>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapHealth();
        app.MapUsers();
        app.MapEvidenceApi();
        app.MapWolverineEndpoints();
        app.MapIntegrityApi();
        app.MapExportApi();
        app.MapWebInterface();
        return app;
    }
}
