using System.Security.Cryptography;
using System.Text;

namespace EvidenceLedger.Server.Demo;

/// <summary>
/// The captured reports the demo is built from, embedded verbatim (Demo/Seeds) so a demo needs nothing outside the
/// binary. The SHA-256 of a seed's bytes is what the demo's citations record as the hash of the captured original.
/// </summary>
public static class DemoSeeds
{
    public const string SyriaDirectJanuary2015 = "2015-01-19-syria-direct-al-bokamel-checkpoints-and-assassinations.txt";
    public const string SyriaDirectNovember2015 = "2015-11-25-syria-direct-al-bukamal-refuse-to-be-subjugated.txt";
    public const string SoundAndPictureKhalifaClashes = "undated-sound-and-picture-al-bukamal-khalifa-family-clashes.txt";
    public const string SoundAndPictureInternetCut = "undated-sound-and-picture-albu-kamal-internet-cut.txt";
    public const string SoundAndPictureDeirEzzorBattles = "undated-sound-and-picture-deir-ezzor-fake-battles.txt";

    /// <summary>Prefix of the seeds' manifest resource names (set by the LogicalName in the project file).</summary>
    public const string ResourcePrefix = "EvidenceLedger.Server.Demo.Seeds.";

    public static IReadOnlyList<string> Names { get; } =
    [
        SyriaDirectJanuary2015, SyriaDirectNovember2015, SoundAndPictureKhalifaClashes, SoundAndPictureInternetCut, SoundAndPictureDeirEzzorBattles,
    ];

    public static byte[] Bytes(string name)
    {
        using var stream = typeof(DemoSeeds).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new ArgumentException($"No embedded demo seed named '{name}'.", nameof(name));
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public static string Text(string name) => Encoding.UTF8.GetString(Bytes(name));

    /// <summary>Lower-case hex SHA-256 of the seed's bytes.</summary>
    public static string Sha256(string name) => Convert.ToHexStringLower(SHA256.HashData(Bytes(name)));
}
