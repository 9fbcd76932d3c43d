using System.Globalization;
using System.Security.Cryptography;
using EvidenceLedger.Server.Evidence.Claims.Citing;
using EvidenceLedger.Server.Evidence.Files;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>The uploaded files an incident's citations name, as the bundle carries them: their bytes, or only their hashes.</summary>
public sealed record CitedFiles(IReadOnlyList<KeyValuePair<string, byte[]>> Included, IReadOnlyList<FileDescription> Described)
{
    public static CitedFiles None { get; } = new([], []);

    /// <param name="maxFileBytes">The largest file whose bytes go into the bundle; larger ones are described by their SHA-256 alone. Null: every one.</param>
    public static async Task<CitedFiles> GatherAsync(IncidentDocument incident, FileStore store, long? maxFileBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(store);
        var cited = incident.Claims.SelectMany(claim => claim.Citations).Select(citation => citation.File).OfType<CitedFileDocument>()
            .DistinctBy(file => file.Sha256).OrderBy(file => file.Sha256, StringComparer.Ordinal);
        var included = new List<KeyValuePair<string, byte[]>>();
        var described = new List<FileDescription>();
        foreach (var file in cited)
        {
            var leftOut = file.Size > maxFileBytes
                ? string.Create(CultureInfo.InvariantCulture, $"larger than the {maxFileBytes:N0} bytes the exporter chose to include (maxFileBytes)")
                : null;
            byte[]? bytes = null;
            if (leftOut is null)
            {
                bytes = await ReadAsync(store, file.Sha256, ct);
                if (bytes is null || bytes.LongLength != file.Size || Convert.ToHexStringLower(SHA256.HashData(bytes)) != file.Sha256)
                    (leftOut, bytes) = ("the ledger holds no copy of it that hashes to this SHA-256", null);
            }
            var path = bytes is null ? null : BundlePaths.File(file.Sha256);
            if (bytes is not null) included.Add(new(path!, bytes));
            described.Add(new FileDescription(file.Sha256, file.Size, file.MediaType, file.FileName, path, leftOut));
        }
        return new CitedFiles(included, described);
    }

    private static async Task<byte[]?> ReadAsync(FileStore store, string sha256, CancellationToken ct)
    {
        if (await store.FindAsync(sha256, ct) is not { } kept) return null;
        await using var content = store.Open(kept);
        using var bytes = new MemoryStream();
        await content.CopyToAsync(bytes, ct);
        return bytes.ToArray();
    }
}
