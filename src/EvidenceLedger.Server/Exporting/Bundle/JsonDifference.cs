using System.Globalization;
using System.Text;
using System.Text.Json;
using EvidenceLedger.EventStore.Canonical;

namespace EvidenceLedger.Server.Exporting.Bundle;

/// <summary>Where two JSON documents first differ, as a path (<c>$.incident.claims[0].statement</c>) and both values.</summary>
public static class JsonDifference
{
    public sealed record Difference(string Path, string Expected, string Actual);

    /// <summary>The first difference in document order, or null when both mean the same JSON (numbers compared by value).</summary>
    public static Difference? First(JsonElement expected, JsonElement actual) => Compare("$", expected, actual);

    private static Difference? Compare(string path, JsonElement expected, JsonElement actual)
    {
        if (expected.ValueKind != actual.ValueKind) return Differ(path, expected, actual);
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var actualMembers = actual.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
                foreach (var member in expected.EnumerateObject())
                {
                    var memberPath = $"{path}.{member.Name}";
                    if (!actualMembers.Remove(member.Name, out var other)) return new Difference(memberPath, Show(member.Value), "(missing)");
                    if (Compare(memberPath, member.Value, other) is { } inner) return inner;
                }
                return actualMembers.Count == 0 ? null : new Difference($"{path}.{actualMembers.Keys.First()}", "(missing)", Show(actualMembers.Values.First()));
            case JsonValueKind.Array:
                var expectedItems = expected.EnumerateArray().ToList();
                var actualItems = actual.EnumerateArray().ToList();
                for (var i = 0; i < Math.Min(expectedItems.Count, actualItems.Count); i++)
                {
                    if (Compare(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), expectedItems[i], actualItems[i]) is { } inner) return inner;
                }
                return expectedItems.Count == actualItems.Count
                    ? null
                    : new Difference($"{path}.length", expectedItems.Count.ToString(CultureInfo.InvariantCulture), actualItems.Count.ToString(CultureInfo.InvariantCulture));
            case JsonValueKind.String:
                return string.Equals(expected.GetString(), actual.GetString(), StringComparison.Ordinal) ? null : Differ(path, expected, actual);
            case JsonValueKind.Number:
                return Canonical(expected) == Canonical(actual) ? null : Differ(path, expected, actual);
            default:
                return null;
        }
    }

    private static Difference Differ(string path, JsonElement expected, JsonElement actual) => new(path, Show(expected), Show(actual));

    private static string Canonical(JsonElement element) => Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(element));

    private static string Show(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= 200 ? text : text[..200] + "…";
    }
}
