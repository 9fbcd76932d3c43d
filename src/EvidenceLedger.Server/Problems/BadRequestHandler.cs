using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Problems;

/// <summary>
/// A request Kestrel or binding refused as malformed (a body trickling in below the minimum data rate: 408; a body
/// over the limit: 413; a bad header or form: 400) is answered with that status as problem details, never as a 500.
/// </summary>
public sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted) return false;

        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode switch
                {
                    StatusCodes.Status408RequestTimeout => "The request body arrived too slowly.",
                    StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
                    _ => "The request is malformed.",
                },
                Detail = bad.Message,
            },
            Exception = exception,
        });
    }
}
