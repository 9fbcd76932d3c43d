using EvidenceLedger.Server.Hosting;

namespace EvidenceLedger.Server.Health;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>GET /health/live</c>: 200 while the process serves at all. <c>GET /health/ready</c> (and <c>/health</c>): 200 once
    /// start-up is done (migrations and projections run before the server listens; then, e.g., the demo load) and the
    /// database answers; 503 with what it waits for until then.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health").AllowAnonymous().ExcludeFromDescription();
        health.MapGet("/live", () => TypedResults.Ok(new { status = "live" }));
        health.MapGet("/ready", ReadyAsync);
        health.MapGet("", ReadyAsync);
        return app;
    }

    private static async Task<IResult> ReadyAsync(Readiness readiness, IHostApplicationLifetime lifetime, LedgerDatabase database,
        HttpContext context, CancellationToken ct)
    {
        var waitingFor = readiness.WaitingFor;
        if (!lifetime.ApplicationStarted.IsCancellationRequested) waitingFor = [.. waitingFor, "start-up"];
        if (waitingFor.Count == 0 && !await DatabaseAnswersAsync(database, ct)) waitingFor = ["the database"];
        if (waitingFor.Count == 0) return TypedResults.Ok(new { status = "ready" });

        context.Response.Headers.RetryAfter = "1";
        return TypedResults.Json(new { status = "not ready", waitingFor }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<bool> DatabaseAnswersAsync(LedgerDatabase database, CancellationToken ct)
    {
        try
        {
            await using var command = database.DataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(ct);
            return true;
        }
        catch (Exception e) when (DatabaseOutage.Caused(e) || e is TimeoutException)
        {
            return false;
        }
    }
}
