using EvidenceLedger.Server.Hosting;

namespace EvidenceLedger.Server.Health;

public static class HealthEndpoints
{
    /// <summary>GET /health: 200 once the database answers (the app only listens after migrations ran).</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (LedgerDatabase database, CancellationToken ct) =>
        {
            await using var command = database.DataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(ct);
            return Results.Ok(new { status = "ready" });
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
