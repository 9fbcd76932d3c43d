using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Evidence.Replaying;

/// <summary>A list as of the past refused for want of a free replay (<see cref="ReplayLimiter"/>): 429 with Retry-After.</summary>
public sealed class ReplayBusyHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not ReplayBusyException) return false;

        httpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        httpContext.Response.Headers.RetryAfter = ReplayLimiter.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many views of the past are being rebuilt right now.",
                Detail = $"A list as of a past instant or position replays the whole log up to it, and only a few run at once. Try again in {ReplayLimiter.RetryAfterSeconds} seconds; the present is not limited.",
            },
            Exception = exception,
        });
    }
}
