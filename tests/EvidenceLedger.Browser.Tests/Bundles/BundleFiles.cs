using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Browser.Tests.Bundles;

/// <summary>
/// A bundle's files, altered the way a careful tamperer would (manifest and export.json brought in line), then written out
/// again as a zip or an unzipped folder for the offline page to pick.
/// </summary>
public sealed class BundleFiles
{
    private readonly List<KeyValuePair<string, byte[]>> _files;

    public BundleFiles(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        _files = archive.Entries.Select(entry =>
        {
            using var content = new MemoryStream();
            using (var stream = entry.Open()) stream.CopyTo(content);
            return new KeyValuePair<string, byte[]>(entry.FullName, content.ToArray());
        }).ToList();
    }

    public IReadOnlyList<string> Paths => _files.Select(file => file.Key).ToList();

    public string IncidentStream => Paths.Single(path => path.StartsWith("streams/incident-", StringComparison.Ordinal));

    public byte[] Bytes(string path) => _files.Single(file => file.Key == path).Value;

    public string Text(string path) => Encoding.UTF8.GetString(Bytes(path));

    public JsonNode Json(string path) => JsonNode.Parse(Bytes(path))!;

    public BundleFiles Replace(string path, byte[] content)
    {
        var index = _files.FindIndex(file => file.Key == path);
        if (index < 0) _files.Add(new(path, content));
        else _files[index] = new(path, content);
        return this;
    }

    public BundleFiles ReplaceText(string path, string content) => Replace(path, Encoding.UTF8.GetBytes(content));

    public BundleFiles ReplaceJson(string path, Action<JsonNode> change)
    {
        var json = Json(path);
        change(json);
        return Replace(path, Encoding.UTF8.GetBytes(json.ToJsonString(BundleJson.Options)));
    }

    /// <summary>Rewrites manifest.sha256 to match the files as they now are.</summary>
    public BundleFiles RecomputeManifest() =>
        Replace(BundlePaths.Manifest, Sha256Manifest.Write(_files.Where(file => file.Key != BundlePaths.Manifest)));

    public string WriteZip(string folder, string name = "bundle.zip")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, BundleZip.Write(_files, NodaTime.SystemClock.Instance.GetCurrentInstant()));
        return path;
    }

    public string WriteFolder(string folder)
    {
        foreach (var (path, content) in _files)
        {
            var file = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllBytes(file, content);
        }
        return folder;
    }
}
