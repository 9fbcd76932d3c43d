using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Integrity.Verification;
using EvidenceLedger.Server.Authentication;
using NodaTime;

namespace EvidenceLedger.Server.Integrity.Verifying;

public static class VerifyEndpoint
{
    /// <summary>
    /// POST /api/ledger/verify (auditor, admin) starts the whole-ledger verification in the background, or joins the
    /// one running: 202 with its status URL. Another verification running (against another saved checkpoint) is a 429
    /// with Retry-After. GET /api/ledger/verify/{id} follows it and, once finished, holds the report.
    /// </summary>
    public static IEndpointRouteBuilder MapVerify(this IEndpointRouteBuilder app)
    {
        var verify = app.MapGroup("/api/ledger/verify").RequireAuthorization(LedgerPolicies.Verify).WithTags("Integrity");
        verify.MapPost("", async (HttpContext http, VerificationRuns runs, CancellationToken ct) =>
        {
            var (request, problem) = await JsonBody.ReadAsync<VerifyRequest>(http, optional: true);
            if (problem is not null) return problem;
            if (await runs.StartAsync(http.User.Actor(), ct, request?.SavedCheckpoint) is not { } run)
            {
                http.Response.Headers.RetryAfter = "5";
                return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Another verification is running.",
                    detail: "The whole ledger is verified one run at a time, and the one running checks against another saved checkpoint. Try again when it has finished.");
            }
            return Results.Accepted(StatusUrl(run.Id), VerificationStatus.Of(run));
        }).Accepts<VerifyRequest>(EndpointConventions.Json);
        verify.MapGet("/{id:guid}", async (Guid id, VerificationRuns runs, CancellationToken ct) =>
            await runs.FindAsync(id, ct) is { } run
                ? Results.Ok(VerificationStatus.Of(run))
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such verification.",
                    detail: $"There is no verification run '{id}'."));
        return app;
    }

    public static string StatusUrl(Guid runId) => $"/api/ledger/verify/{runId:D}";
}

/// <summary>
/// A verification run as the API shows it. <c>status</c>: <c>running</c>, <c>finished</c> (see the report's <c>ok</c>:
/// whether the ledger holds), or <c>failed</c> (the run itself could not finish: <c>failure</c> says why).
/// </summary>
public sealed record VerificationStatus(Guid Id, string Status, string StatusUrl, string StartedBy, Instant StartedAt, Instant? FinishedAt,
    long EventsInLedger, string? SavedCheckpoint, VerificationReport? Report, string? Failure)
{
    public static VerificationStatus Of(VerificationRun run) => new(run.Id,
        !run.IsFinished ? "running" : run.Report is not null ? "finished" : "failed", VerifyEndpoint.StatusUrl(run.Id), run.StartedBy,
        run.StartedAt, run.FinishedAt, run.EventsInLedger, run.SavedCheckpoint, run.Report, run.Failure);
}
