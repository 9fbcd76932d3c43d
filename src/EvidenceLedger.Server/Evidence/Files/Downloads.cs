namespace EvidenceLedger.Server.Evidence.Files;

/// <summary>What every answer carrying an uploaded file's bytes adds, so that no uploaded file runs as a page of the ledger's own.</summary>
public static class Downloads
{
    public static void Protect(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        // An uploaded HTML, SVG or text file opened from here must not run script with the signed-in user's session.
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'";
    }
}
