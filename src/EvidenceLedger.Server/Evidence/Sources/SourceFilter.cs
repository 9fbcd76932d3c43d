using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Viewing;

namespace EvidenceLedger.Server.Evidence.Sources;

/// <summary>Which sources to list: those whose name or an alias contains every word of <paramref name="Text"/> (ignoring case), of <paramref name="Kind"/>.</summary>
public sealed record SourceFilter(string? Text = null, SourceKind? Kind = null)
{
    public static SourceFilter All { get; } = new();

    public IReadOnlyList<string> Terms => SplitTerms(Text);

    /// <summary>The text a source is found by: its name and aliases, lower-cased.</summary>
    public static string SearchText(SourceView view) =>
        string.Join('\n', new[] { view.Name }.Concat(view.Aliases)).ToLowerInvariant();

    public bool Matches(SourceView view)
    {
        var text = SearchText(view);
        return Terms.All(term => text.Contains(term, StringComparison.Ordinal)) && (Kind is null || view.Kind == Kind);
    }

    internal static IReadOnlyList<string> SplitTerms(string? text) =>
        text is null ? [] : text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
}
