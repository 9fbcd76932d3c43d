using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Tests.Exporting.Support;

/// <summary>A bundle's files opened for reading and for altering the way a tamperer would, then zipped again.</summary>
public sealed class BundleZipFiles
{
    private readonly List<KeyValuePair<string, byte[]>> _files;

    public BundleZipFiles(byte[] zip)
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

    public IEnumerable<KeyValuePair<string, byte[]>> Files => _files;

    public byte[] Bytes(string path) => _files.Single(file => file.Key == path).Value;

    public string Text(string path) => Encoding.UTF8.GetString(Bytes(path));

    public JsonNode Json(string path) => JsonNode.Parse(Bytes(path))!;

    public string IncidentStream => Paths.Single(path => path.StartsWith("streams/incident-", StringComparison.Ordinal));

    public BundleZipFiles Replace(string path, byte[] content)
    {
        var index = _files.FindIndex(file => file.Key == path);
        _files[index] = new(path, content);
        return this;
    }

    public BundleZipFiles ReplaceText(string path, string content) => Replace(path, Encoding.UTF8.GetBytes(content));

    public BundleZipFiles ReplaceJson(string path, Action<JsonNode> change)
    {
        var json = Json(path);
        change(json);
        return Replace(path, Encoding.UTF8.GetBytes(json.ToJsonString(BundleJson.Options)));
    }

    /// <summary>Rewrites manifest.sha256 to match the files as they now are: what a careful tamperer does.</summary>
    public BundleZipFiles RecomputeManifest() =>
        Replace(BundlePaths.Manifest, Sha256Manifest.Write(_files.Where(file => file.Key != BundlePaths.Manifest)));

    public byte[] Zip() => BundleZip.Write(_files, NodaTime.SystemClock.Instance.GetCurrentInstant());
}
