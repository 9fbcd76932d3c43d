namespace EvidenceLedger.Server.Problems;

/// <summary>
/// Refuses, before any endpoint or page runs, a query parameter or form field holding text the ledger cannot store
/// (<see cref="UnstorableText"/>): a 400 problem naming it. JSON bodies are checked where they are read, path by path.
/// </summary>
public sealed class UnstorableTextFilter(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = context.Request.Query.SelectMany(parameter => parameter.Value.Select(value => (parameter.Key, Value: value ?? "")))
            .Select(parameter => (parameter.Key, Problem: UnstorableText.Problem(parameter.Key) ?? UnstorableText.Problem(parameter.Value)))
            .FirstOrDefault(parameter => parameter.Problem is not null);
        if (found.Problem is null && context.Request.HasFormContentType)
        {
            IFormCollection form;
            // A page that takes larger uploads ([RequestSizeLimit]) says so before its form is read here, ahead of it.
            if (context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>() is { MaxRequestBodySize: var limit } &&
                context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
                size.MaxRequestBodySize = limit;
            try
            {
                form = await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (BadHttpRequestException e)
            {
                // What is left of the body will not be read: the connection cannot be reused.
                context.Response.Headers.Connection = "close";
                await Results.Problem(statusCode: e.StatusCode, title: "The request body cannot be read.", detail: e.Message).ExecuteAsync(context);
                return;
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                // A body that claims to be a form but is none (no boundary, cut short, keys over the limits) is the client's fault.
                await ApiProblems.Invalid("$", $"The body is not a readable form: {e.Message}").ExecuteAsync(context);
                return;
            }
            found = form.SelectMany(field => field.Value.Select(value => (field.Key, Value: value ?? "")))
                .Select(field => (field.Key, Problem: UnstorableText.Problem(field.Key) ?? UnstorableText.Problem(field.Value)))
                .FirstOrDefault(field => field.Problem is not null);
        }
        if (found.Problem is { } problem)
        {
            var field = UnstorableText.Problem(found.Key) is null ? found.Key : "?";
            await ApiProblems.Invalid(field, $"'{field}' {problem}.").ExecuteAsync(context);
            return;
        }
        await next(context);
    }
}
