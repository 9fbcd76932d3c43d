using System.Text.Json;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>Reads a bundle's JSON files, turning any that is missing or malformed into a failure naming it.</summary>
internal static class BundleDocuments
{
    public static T Read<T>(BundleFiles files, string path)
    {
        var content = Bytes(files, path);
        try
        {
            return JsonSerializer.Deserialize<T>(content, BundleJson.Strict)
                ?? throw new BundleFailureException(new BundleFailure(path, null, "the file holds null."));
        }
        catch (JsonException e)
        {
            throw new BundleFailureException(new BundleFailure(path, e.Path, $"the file is not the JSON expected: {e.Message}"));
        }
    }

    public static JsonElement Element(BundleFiles files, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(Bytes(files, path));
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new BundleFailureException(new BundleFailure(path, null, $"the file is not JSON: {e.Message}"));
        }
    }

    public static byte[] Bytes(BundleFiles files, string path) =>
        files.TryGet(path, out var content) ? content : throw new BundleFailureException(new BundleFailure(path, null, "the bundle has no such file."));
}
