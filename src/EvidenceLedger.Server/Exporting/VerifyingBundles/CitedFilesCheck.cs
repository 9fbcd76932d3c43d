using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>
/// Every uploaded file the incident's <c>claim_cited</c> events name is in the bundle with exactly the SHA-256 and size the
/// event records, or export.json says why only its hash is given; and the bundle holds no file that no citation names.
/// </summary>
internal static class CitedFilesCheck
{
    public static string Run(BundleFiles files, ExportDescription description, IReadOnlyList<ExportedStream> streams)
    {
        var cited = CitedIn(streams);
        var described = (description.Files ?? []).ToDictionary(file => file.Sha256, StringComparer.Ordinal);
        var included = 0;
        foreach (var (sha256, size) in cited)
        {
            var path = BundlePaths.File(sha256);
            if (!files.TryGet(path, out var bytes))
            {
                if (described.GetValueOrDefault(sha256) is not { File: null, LeftOut: { Length: > 0 } })
                    throw Fail(path, $"a claim_cited event names this file, but the bundle does not hold it and {BundlePaths.Description} does not say why.");
                continue;
            }
            var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
            if (actual != sha256)
                throw Fail(path, $"its SHA-256 is {actual}, but the claim_cited event citing it records {sha256}.");
            if (bytes.LongLength != size)
                throw Fail(path, $"it is {Number(bytes.LongLength)} bytes, but the claim_cited event citing it records {Number(size)}.");
            included++;
        }
        var stray = files.Paths.Where(path => path.StartsWith("files/", StringComparison.Ordinal) && !cited.ContainsKey(path["files/".Length..]))
            .Order(StringComparer.Ordinal).FirstOrDefault();
        if (stray is not null) throw Fail(stray, "no claim_cited event of the bundle names this file.");
        var stranger = described.Keys.FirstOrDefault(sha256 => !cited.ContainsKey(sha256));
        if (stranger is not null) throw new BundleFailureException(new BundleFailure(BundlePaths.Description, "files", $"it lists {stranger}, which no claim_cited event names."));
        return $"files: {Number(included)} cited files included, each with the SHA-256 and size its claim_cited event records; "
            + $"{Number(cited.Count - included)} given by SHA-256 only";
    }

    /// <summary>The SHA-256 and size of every file cited, read from the events themselves, not from what describes them.</summary>
    private static Dictionary<string, long> CitedIn(IReadOnlyList<ExportedStream> streams)
    {
        var cited = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var exported in streams.SelectMany(stream => stream.Events))
        {
            if (exported.Type != "claim_cited" || exported.Data is not { ValueKind: JsonValueKind.Object } data) continue;
            if (!data.TryGetProperty("file", out var file) || file.ValueKind != JsonValueKind.Object) continue;
            if (file.TryGetProperty("sha256", out var sha256) && sha256.GetString() is { } hex && file.TryGetProperty("size", out var size) && size.TryGetInt64(out var bytes))
                cited[hex] = bytes;
        }
        return cited;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static BundleFailureException Fail(string file, string problem) => new(new BundleFailure(file, null, problem));
}
