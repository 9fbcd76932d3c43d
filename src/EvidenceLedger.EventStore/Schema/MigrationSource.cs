using System.Reflection;
using System.Text.RegularExpressions;

namespace EvidenceLedger.EventStore.Schema;

/// <summary>
/// Finds migrations embedded as <c>Schema/Migrations/NNNN_name.sql</c>. Version numbers are global across
/// assemblies (event store 0001–0099, integrity 0100–0199, evidence 0200–0299, server 0300–0399).
/// </summary>
public static partial class MigrationSource
{
    [GeneratedRegex(@"\.Schema\.Migrations\._?(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();

    public static IEnumerable<Migration> From(Assembly assembly)
    {
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(resource);
            if (!match.Success) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return new Migration(int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["name"].Value, reader.ReadToEnd());
        }
    }
}
