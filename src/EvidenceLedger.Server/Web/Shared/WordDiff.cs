using System.Text.RegularExpressions;

namespace EvidenceLedger.Server.Web.Shared;

public enum DiffKind
{
    Same,
    Removed,
    Added,
}

public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// The word-level difference between two wordings of a claim: the longest common run of words kept, the rest shown as
/// removed then added. Spaces between two changed words join the change, so a rewritten phrase reads as one edit.
/// </summary>
public static partial class WordDiff
{
    // Longer statements than this are compared as a whole: the table grows with the product of the lengths.
    private const int MaxTokens = 3000;

    public static IReadOnlyList<DiffSegment> Between(string before, string after)
    {
        var old = Tokens(before);
        var @new = Tokens(after);
        var steps = old.Length > MaxTokens || @new.Length > MaxTokens
            ? WholeReplacement(before, after)
            : Steps(old, @new);
        return Grouped(steps);
    }

    [GeneratedRegex(@"\w+|\s+|[^\w\s]", RegexOptions.CultureInvariant)]
    private static partial Regex Token();

    private static string[] Tokens(string text) => Token().Matches(text).Select(match => match.Value).ToArray();

    private static List<DiffSegment> WholeReplacement(string before, string after) =>
        before == after ? [new(DiffKind.Same, before)] : [new(DiffKind.Removed, before), new(DiffKind.Added, after)];

    private static List<DiffSegment> Steps(string[] old, string[] @new)
    {
        // common[i, j]: length of the longest common subsequence of old[i..] and new[j..].
        var common = new int[old.Length + 1, @new.Length + 1];
        for (var i = old.Length - 1; i >= 0; i--)
        {
            for (var j = @new.Length - 1; j >= 0; j--)
            {
                common[i, j] = string.Equals(old[i], @new[j], StringComparison.Ordinal)
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var steps = new List<DiffSegment>();
        int o = 0, n = 0;
        while (o < old.Length || n < @new.Length)
        {
            if (o < old.Length && n < @new.Length && string.Equals(old[o], @new[n], StringComparison.Ordinal))
            {
                steps.Add(new(DiffKind.Same, old[o++]));
                n++;
            }
            else if (n < @new.Length && (o == old.Length || common[o, n + 1] >= common[o + 1, n]))
            {
                steps.Add(new(DiffKind.Added, @new[n++]));
            }
            else
            {
                steps.Add(new(DiffKind.Removed, old[o++]));
            }
        }
        return steps;
    }

    private static List<DiffSegment> Grouped(List<DiffSegment> steps)
    {
        var segments = new List<DiffSegment>();
        var same = new System.Text.StringBuilder();
        var removed = new System.Text.StringBuilder();
        var added = new System.Text.StringBuilder();

        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var inChange = removed.Length > 0 || added.Length > 0;
            var joinsChange = step.Kind == DiffKind.Same && inChange && string.IsNullOrWhiteSpace(step.Text)
                && i + 1 < steps.Count && steps[i + 1].Kind != DiffKind.Same;
            if (joinsChange)
            {
                removed.Append(step.Text);
                added.Append(step.Text);
                continue;
            }
            switch (step.Kind)
            {
                case DiffKind.Same:
                    FlushChange(segments, removed, added);
                    same.Append(step.Text);
                    break;
                case DiffKind.Removed:
                    Flush(segments, DiffKind.Same, same);
                    removed.Append(step.Text);
                    break;
                default:
                    Flush(segments, DiffKind.Same, same);
                    added.Append(step.Text);
                    break;
            }
        }
        FlushChange(segments, removed, added);
        Flush(segments, DiffKind.Same, same);
        return segments;
    }

    private static void FlushChange(List<DiffSegment> segments, System.Text.StringBuilder removed, System.Text.StringBuilder added)
    {
        // A change that only removed (or only added) words has no spaces of its own to share.
        if (removed.Length > 0 && string.IsNullOrWhiteSpace(removed.ToString()))
            removed.Clear();
        if (added.Length > 0 && string.IsNullOrWhiteSpace(added.ToString()))
            added.Clear();
        Flush(segments, DiffKind.Removed, removed);
        Flush(segments, DiffKind.Added, added);
    }

    private static void Flush(List<DiffSegment> segments, DiffKind kind, System.Text.StringBuilder text)
    {
        if (text.Length == 0)
            return;
        segments.Add(new(kind, text.ToString()));
        text.Clear();
    }
}
