using System.Text;
using System.Text.Json;

namespace EvidenceLedger.Server.Problems;

/// <summary>
/// Text the ledger cannot store: a NUL character (PostgreSQL's jsonb and text refuse it) or an unpaired UTF-16 surrogate
/// (no Unicode text holds one). Found before anything is decided, so such a request is a 400 naming where, never a 500
/// halfway through an append.
/// </summary>
public static class UnstorableText
{
    /// <summary>Why <paramref name="text"/> cannot be stored, or null.</summary>
    public static string? Problem(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains('\0', StringComparison.Ordinal)) return "contains a NUL character (\\u0000), which no text in the ledger may hold";
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return $"contains an unpaired surrogate (\\u{(int)text[i]:x4}), which is not Unicode text";
        }
        return null;
    }

    /// <summary>The first string (member name or value) in a JSON document that cannot be stored: its path and why; null when there is none.</summary>
    public static (string Path, string Problem)? InJson(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var path = new List<object>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        AdvanceArray(path);
                        path.Add(reader.TokenType == JsonTokenType.StartArray ? -1 : "");
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        var name = Decode(ref reader, out var nameProblem);
                        path[^1] = name ?? "?";
                        if (nameProblem is not null) return (Format(path), "the member name " + nameProblem);
                        break;
                    case JsonTokenType.String:
                        AdvanceArray(path);
                        Decode(ref reader, out var valueProblem);
                        if (valueProblem is not null) return (Format(path), valueProblem);
                        break;
                    default:
                        AdvanceArray(path);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is the deserializer's to report, with its position.
        }
        return null;
    }

    private static string? Decode(ref Utf8JsonReader reader, out string? problem)
    {
        try
        {
            var text = reader.GetString()!;
            problem = Problem(text);
            return text;
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate ("\ud800") cannot even be decoded.
            problem = "contains an unpaired surrogate, which is not Unicode text";
            return null;
        }
    }

    /// <summary>Inside an array, each value moves the index on by one.</summary>
    private static void AdvanceArray(List<object> path)
    {
        if (path.Count > 0 && path[^1] is int index) path[^1] = index + 1;
    }

    private static string Format(List<object> path)
    {
        var text = new StringBuilder();
        foreach (var segment in path)
        {
            if (segment is int index) text.Append('[').Append(index).Append(']');
            else text.Append(text.Length == 0 ? "" : ".").Append((string)segment);
        }
        return text.Length == 0 ? "$" : text.ToString();
    }
}
