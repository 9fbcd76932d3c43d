using System.Globalization;
using System.Text;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>What <c>sha256sum -c manifest.sha256</c> checks, and that no file of the bundle escapes the manifest.</summary>
internal static class ManifestCheck
{
    /// <returns>What held, for the report.</returns>
    public static string Run(BundleFiles files)
    {
        if (!files.TryGet(BundlePaths.Manifest, out var manifest))
            throw Fail(BundlePaths.Manifest, null, "the bundle has no manifest.");

        var entries = Sha256Manifest.Parse(Encoding.UTF8.GetString(manifest), out var error);
        if (error is not null) throw Fail(BundlePaths.Manifest, null, error);

        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var line = $"line {entry.Line.ToString(CultureInfo.InvariantCulture)}";
            if (!listed.Add(entry.Path)) throw Fail(BundlePaths.Manifest, line, $"{entry.Path} is listed twice.");
            if (!files.TryGet(entry.Path, out var content)) throw Fail(BundlePaths.Manifest, line, $"it lists {entry.Path}, which the bundle does not contain.");
            var actual = Sha256Manifest.Hex(content);
            if (actual != entry.Sha256)
                throw Fail(entry.Path, null, $"its SHA-256 is {actual}, but {BundlePaths.Manifest} ({line}) says {entry.Sha256}.");
        }

        var unlisted = files.Paths.Where(path => path != BundlePaths.Manifest && !listed.Contains(path)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (unlisted is not null) throw Fail(unlisted, null, $"the file is not listed in {BundlePaths.Manifest}.");
        return $"manifest: all {entries.Count.ToString(CultureInfo.InvariantCulture)} files present, each with the SHA-256 {BundlePaths.Manifest} lists";
    }

    private static BundleFailureException Fail(string file, string? location, string problem) => new(new BundleFailure(file, location, problem));
}
