using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>
/// The stylesheet and script in <c>wwwroot</c>, served from resources embedded in the server's assembly: the program runs
/// from its build output and from other working directories (the tests' host), where no wwwroot folder sits beside it.
/// </summary>
public static class WebAssets
{
    private const string ResourcePrefix = "EvidenceLedger.Server.wwwroot";
    private static readonly ConcurrentDictionary<string, string> Versions = new(StringComparer.Ordinal);

    public static IFileProvider Files { get; } = new EmbeddedFileProvider(typeof(WebAssets).Assembly, ResourcePrefix);

    public static StaticFileOptions StaticFileOptions { get; } = new()
    {
        FileProvider = Files,
        OnPrepareResponse = context =>
        {
            // Versioned links change whenever the file does, so browsers may keep them for good.
            if (context.Context.Request.Query.ContainsKey("v"))
                context.Context.Response.Headers[HeaderNames.CacheControl] = "public, max-age=31536000, immutable";
        },
    };

    /// <summary>The file's address with a digest of its content, e.g. <c>/ledger.css?v=3f2a…</c>.</summary>
    public static string Url(string fileName) => $"/{fileName}?v={Versions.GetOrAdd(fileName, Digest)}";

    private static string Digest(string fileName)
    {
        var file = Files.GetFileInfo(fileName);
        if (!file.Exists)
            throw new InvalidOperationException($"No embedded web asset named '{fileName}'.");
        using var content = file.CreateReadStream();
        return Convert.ToHexStringLower(SHA256.HashData(content))[..12];
    }
}
