using System.Text;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>Completes a bundle once its export event is proven: that event's record, the checkpoint proving it, and the manifest of every file.</summary>
public static class BundleSeal
{
    public static IReadOnlyList<KeyValuePair<string, byte[]>> Complete(IReadOnlyList<KeyValuePair<string, byte[]>> files, ExportEventFile exportEvent,
        string exportCheckpointNote)
    {
        ArgumentNullException.ThrowIfNull(files);
        var complete = new List<KeyValuePair<string, byte[]>>(files)
        {
            new(BundlePaths.ExportEvent, BundleJson.Serialize(exportEvent)),
            new(BundlePaths.ExportCheckpoint, Encoding.UTF8.GetBytes(exportCheckpointNote)),
        };
        complete.Add(new(BundlePaths.Manifest, Sha256Manifest.Write(complete)));
        return complete;
    }
}
