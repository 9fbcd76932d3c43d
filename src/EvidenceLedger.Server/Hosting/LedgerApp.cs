using System.Text.Json.Serialization;
using EvidenceLedger.Server.Health;
using EvidenceLedger.Server.Json;
using EvidenceLedger.Server.Projections;
using NodaTime;

namespace EvidenceLedger.Server.Hosting;

/// <summary>The composition root: one place where every feature registers its services and maps its endpoints.</summary>
public static class LedgerApp
{
    public static async Task<WebApplication> CreateAsync(string[] args, Action<WebApplicationBuilder>? configure = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        using var startupLoggers = LoggerFactory.Create(logging => logging.AddConsole());
        var database = await LedgerDatabaseBootstrap.OpenAsync(builder.Configuration, startupLoggers, ct);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new InstantJsonConverter());
            options.SerializerOptions.Converters.Add(new LocalDateJsonConverter());
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.SnakeCaseLower));
        });
        builder.Services.AddLedgerStore();

        var app = builder.Build();
        app.Lifetime.ApplicationStopped.Register(() => database.DisposeAsync().AsTask().GetAwaiter().GetResult());
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi();
        app.MapHealth();
        return app;
    }
}
