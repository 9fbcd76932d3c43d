using System.Globalization;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>The exporter's choice of the largest cited file whose bytes go into a bundle: a whole number of bytes, 0 or more; absent for every file.</summary>
public static class MaxFileBytes
{
    public const string Expected = "maxFileBytes is the largest cited file, in bytes, to include in the bundle: a whole number, 0 or more (0 includes none).";

    public static bool TryRead(string? text, out long? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)) return false;
        value = parsed;
        return true;
    }
}
