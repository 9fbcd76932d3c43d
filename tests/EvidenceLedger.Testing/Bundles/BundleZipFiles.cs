using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Exporting.Bundle;
using Xunit;

namespace EvidenceLedger.Testing.Bundles;

/// <summary>
/// A bundle's files opened for reading and for altering the way a tamperer would (manifest, export.json and views brought
/// in line), then zipped again, or written out as a zip or an unzipped folder for the offline page to pick.
/// </summary>
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
        Assert.True(index >= 0, $"The bundle has no {path}.");
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

    public IReadOnlyList<string> StreamPaths => Paths.Where(path => path.StartsWith("streams/", StringComparison.Ordinal)).ToList();

    public BundleZipFiles Add(string path, byte[] content)
    {
        _files.Add(new(path, content));
        return this;
    }

    public BundleZipFiles Remove(string path)
    {
        Assert.Equal(1, _files.RemoveAll(file => file.Key == path));
        return this;
    }

    /// <summary>Drops a stream's file and its entry in export.json.</summary>
    public BundleZipFiles DropStream(string streamPath) =>
        Remove(streamPath).ReplaceJson(BundlePaths.Description, json =>
        {
            var streams = json["streams"]!.AsArray();
            streams.Remove(streams.Single(stream => stream!["file"]!.GetValue<string>() == streamPath));
        });

    /// <summary>Makes export.json describe every stream file as it now is (last version, head hash, withheld events).</summary>
    public BundleZipFiles DescribeStreamsAsTheyAre() =>
        ReplaceJson(BundlePaths.Description, json =>
        {
            foreach (var described in json["streams"]!.AsArray())
            {
                var events = Json(described!["file"]!.GetValue<string>())["events"]!.AsArray();
                described["version"] = events[^1]!["version"]!.GetValue<long>();
                described["headHash"] = events[^1]!["hash"]!.GetValue<string>();
                described["withheldEvents"] = events.Count(e => e!["withheld"] is not null);
            }
        });

    /// <summary>Rewrites both views as replaying the bundle's streams now gives them, with the ledger's own view builders.</summary>
    public BundleZipFiles ReplayViews()
    {
        var description = JsonSerializer.Deserialize<ExportDescription>(Bytes(BundlePaths.Description), BundleJson.Options)!;
        var streams = description.Streams.Select(stream => JsonSerializer.Deserialize<ExportedStream>(Bytes(stream.File), BundleJson.Options)!).ToList();
        var (incident, sources) = ViewReplay.Replay(streams[0].StreamId, streams[0].Events.Select(StoredEvents.From).ToList(),
            streams.Skip(1).Select(stream => (stream.StreamId, (IReadOnlyList<StoredEvent>)stream.Events.Select(StoredEvents.From).ToList())).ToList());
        Replace(BundlePaths.AsOfExportView, BundleJson.Serialize(new ExportedView(ExportedView.AsOfExport, description.ExportedAt, incident, sources)));
        return Replace(BundlePaths.CurrentView, BundleJson.Serialize(new ExportedView(ExportedView.Current, null, incident, sources)));
    }

    /// <summary>Rewrites manifest.sha256 to match the files as they now are: what a careful tamperer does.</summary>
    public BundleZipFiles RecomputeManifest() =>
        Replace(BundlePaths.Manifest, Sha256Manifest.Write(_files.Where(file => file.Key != BundlePaths.Manifest)));

    public byte[] Zip() => BundleZip.Write(_files, NodaTime.SystemClock.Instance.GetCurrentInstant());

    public string WriteZip(string folder, string name = "bundle.zip")
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, Zip());
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
