using System.Globalization;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>The exporter's choice of the largest cited file whose bytes go into a bundle: a whole number of bytes, 0 or more; absent for every file.</summary>
public static class MaxFileBytes
{
    public const string Expected = "maxFileBytes is the largest cited file, in bytes, to include in the bundle: a whole number, 0 or more (0 includes none).";

    /// <summary>The page's field asks in megabytes (MiB), as people size files.</summary>
    public const string ExpectedMegabytes = "The largest file to include is a number of megabytes, 0 or more (0 includes none); leave it empty to include every cited file.";

    private const long BytesInMegabyte = 1024 * 1024;

    /// <summary>Reads a size in megabytes (MiB, decimals allowed, up to a terabyte), as whole bytes.</summary>
    public static bool TryReadMegabytes(string? text, out long? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var megabytes) || megabytes > 1024 * 1024)
            return false;
        value = (long)decimal.Floor(megabytes * BytesInMegabyte);
        return true;
    }

    public static bool TryRead(string? text, out long? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)) return false;
        value = parsed;
        return true;
    }
}
