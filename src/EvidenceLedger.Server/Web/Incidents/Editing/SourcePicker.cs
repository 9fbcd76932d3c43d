using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.Server.Evidence.Sources;
using EvidenceLedger.Server.Web.Shared;

namespace EvidenceLedger.Server.Web.Incidents.Editing;

/// <summary>
/// The log-claim form's source picked by typing: the browser suggests every name and other name (a datalist, so 500 sources
/// stay usable without a script), and the name typed picks the one source known by it, ignoring case.
/// </summary>
public static class SourcePicker
{
    /// <summary>Each name and alias, with the source it stands for as the suggestion shows it.</summary>
    public static IEnumerable<(string Name, string Source)> Names(IEnumerable<SourceDocument> sources) =>
        sources.SelectMany(source => source.Aliases.Prepend(source.Name)
            .Select(name => (name, string.Equals(name, source.Name, StringComparison.Ordinal)
                ? $"{source.ReliabilityCode} · {Display.Kind(source.Kind)}"
                : $"other name of {source.Name}")));

    /// <summary>The id of the one source called <paramref name="typed"/> (its name or an alias), or why there is none.</summary>
    public static (Guid? Id, string? Problem) Resolve(IEnumerable<SourceDocument> sources, string typed)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var name = FreeText.Clean(typed);
        var matching = sources.Where(source => source.Aliases.Prepend(source.Name).Any(known => string.Equals(FreeText.Clean(known), name, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return matching.Count switch
        {
            1 => (matching[0].Id, null),
            0 => (null, $"No registered source is called '{name}'. Pick one of the suggestions or from the list, or register it below first."),
            _ => (null, $"{matching.Count} sources are called '{name}' ({string.Join(", ", matching.Select(source => $"{source.Name}, {source.ReliabilityCode}"))}): choose one from the list."),
        };
    }
}
