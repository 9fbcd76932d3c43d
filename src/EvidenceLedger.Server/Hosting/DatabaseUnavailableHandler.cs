using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Hosting;

/// <summary>
/// While the database cannot be reached, requests get 503 problem details with <c>Retry-After</c>, never a 500: nothing is
/// wrong with them, and the embedded cluster is being restarted (<see cref="EmbeddedClusterWatch"/>).
/// </summary>
public sealed class DatabaseUnavailableHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!DatabaseOutage.Caused(exception)) return false;

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The ledger's database cannot be reached right now.",
                Detail = $"Try again in {RetryAfterSeconds} seconds. A write whose answer was lost may have been recorded: retrying it with the same ids is safe.",
            },
            Exception = exception,
        });
    }
}
