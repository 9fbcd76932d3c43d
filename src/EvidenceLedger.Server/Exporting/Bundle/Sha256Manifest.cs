using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EvidenceLedger.Server.Exporting.Bundle;

/// <summary>
/// <c>manifest.sha256</c> in the format of GNU <c>sha256sum</c> (<c>&lt;64 hex&gt;  &lt;path&gt;</c>, one file per line), so
/// <c>sha256sum -c manifest.sha256</c> checks an unzipped bundle with no tool of ours.
/// </summary>
public static class Sha256Manifest
{
    public sealed record Entry(int Line, string Sha256, string Path);

    public static byte[] Write(IEnumerable<KeyValuePair<string, byte[]>> files)
    {
        var text = new StringBuilder();
        foreach (var (path, content) in files.OrderBy(file => file.Key, StringComparer.Ordinal))
            text.Append(CultureInfo.InvariantCulture, $"{Hex(content)}  {path}\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static string Hex(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The entries, or the first line that is not <c>&lt;hex&gt;  &lt;path&gt;</c> (as <paramref name="error"/>).</summary>
    public static IReadOnlyList<Entry> Parse(string text, out string? error)
    {
        error = null;
        var entries = new List<Entry>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 && i == lines.Length - 1) break;
            // sha256sum writes "  " before the name in text mode and " *" in binary mode; both mean the same here.
            if (line.Length < 67 || line[64] != ' ' || line[65] is not (' ' or '*') || !line[..64].All(char.IsAsciiHexDigit))
            {
                error = $"line {i + 1} is not '<64 hex digits>  <path>': \"{line}\"";
                return entries;
            }
            entries.Add(new Entry(i + 1, line[..64].ToLowerInvariant(), line[66..]));
        }
        return entries;
    }
}
