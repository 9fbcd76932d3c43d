namespace EvidenceLedger.Server.Exporting.OfflinePage;

/// <summary>
/// <c>verify.html</c>: the page every bundle carries so that anyone can check it in a browser, with no program of ours and
/// no network. It is embedded in the assembly so that the exporter lays out the same bytes wherever the server runs from.
/// </summary>
public static class VerifyHtml
{
    private const string ResourceName = "EvidenceLedger.Server.Exporting.OfflinePage.verify.html";

    private static readonly byte[] Page = Load();

    /// <summary>A copy of the page's bytes (UTF-8), for a bundle to hold.</summary>
    public static byte[] Content() => (byte[])Page.Clone();

    private static byte[] Load()
    {
        using var stream = typeof(VerifyHtml).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the server assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
