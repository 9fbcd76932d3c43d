using Microsoft.AspNetCore.Mvc.Filters;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>
/// Pages load nothing but the ledger's own stylesheet and script, are never framed, post only to the ledger, and are
/// never stored by the browser or a proxy: a page showing evidence must not become a way to leak it, nor stay readable
/// with the back button after its reader signed out.
/// </summary>
public sealed class PageSecurityHeaders : IPageFilter
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        // Antiforgery sets exactly these on every page with a form, and logs a warning each time it has to override others.
        headers.CacheControl = "no-cache, no-store";
        headers.Pragma = "no-cache";
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
