using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace EvidenceLedger.Server.Evidence.Http;

/// <summary>
/// Every member of a request body whose JSON value is of a kind its field cannot take (<c>"credibility": []</c>,
/// <c>"place": []</c>, <c>"latitude": "north"</c>), by its JSON path, each said in plain words ("must be a number"),
/// found before the body is read so that all of them are named at once and none in the serializer's own terms.
/// </summary>
internal static class WrongTypes
{
    public sealed record Member(string Path, string Problem);

    public static IReadOnlyList<Member> In(JsonElement body, Type type, JsonSerializerOptions options)
    {
        var found = new List<Member>();
        Check(body, type, "", found, options);
        return found;
    }

    private static void Check(JsonElement element, Type type, string path, List<Member> found, JsonSerializerOptions options)
    {
        var nullable = Nullable.GetUnderlyingType(type);
        if (element.ValueKind == JsonValueKind.Null)
        {
            if (!type.IsValueType || nullable is not null || type == typeof(JsonElement)) return;
            found.Add(new Member(Key(path), $"{Name(path)} must not be null; it {Expected(type, options)}."));
            return;
        }
        var plain = nullable ?? type;
        if (plain == typeof(JsonElement)) return;
        if (Fits(element, plain))
        {
            var info = options.GetTypeInfo(plain);
            if (info.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
            {
                var comparer = options.PropertyNameCaseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
                var properties = info.Properties.DistinctBy(property => property.Name, comparer).ToDictionary(property => property.Name, comparer);
                foreach (var member in element.EnumerateObject())
                {
                    if (properties.TryGetValue(member.Name, out var property))
                        Check(member.Value, property.PropertyType, path.Length == 0 ? member.Name : $"{path}.{member.Name}", found, options);
                }
            }
            else if (info.Kind == JsonTypeInfoKind.Enumerable && element.ValueKind == JsonValueKind.Array && info.ElementType is { } elementType)
            {
                var index = 0;
                foreach (var item in element.EnumerateArray()) Check(item, elementType, $"{path}[{index++}]", found, options);
            }
            return;
        }
        found.Add(new Member(Key(path), $"{Name(path)} {Expected(plain, options)}; got {Given(element)}."));
    }

    /// <summary>Whether the value's JSON kind (and, for ids and numbers sent as text, its text) suits <paramref name="type"/>.</summary>
    private static bool Fits(JsonElement element, Type type)
    {
        if (type == typeof(string)) return element.ValueKind == JsonValueKind.String;
        if (type == typeof(Guid)) return element.ValueKind == JsonValueKind.String && element.TryGetGuid(out _);
        if (type == typeof(bool)) return element.ValueKind is JsonValueKind.True or JsonValueKind.False;
        if (type == typeof(Instant) || type == typeof(LocalDate) || type.IsEnum) return element.ValueKind == JsonValueKind.String;
        if (IsWhole(type)) return WholeNumber(element, type);
        if (IsNumber(type))
        {
            // The web defaults read numbers sent as text ("34.5") too; only text that is a number fits.
            return element.ValueKind == JsonValueKind.Number ||
                   (element.ValueKind == JsonValueKind.String && double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
                    && double.IsFinite(parsed));
        }
        if (type.IsArray || (type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type))) return element.ValueKind == JsonValueKind.Array;
        return !type.IsValueType ? element.ValueKind == JsonValueKind.Object : true;
    }

    private static bool WholeNumber(JsonElement element, Type type)
    {
        var text = element.ValueKind switch
        {
            JsonValueKind.Number => element.GetRawText(),
            JsonValueKind.String => element.GetString(),
            _ => null,
        };
        return text is not null && (type == typeof(int)
            ? int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            : long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _));
    }

    private static bool IsWhole(Type type) => type == typeof(int) || type == typeof(long);

    private static bool IsNumber(Type type) => type == typeof(double) || type == typeof(float) || type == typeof(decimal);

    /// <summary>What a field of <paramref name="type"/> takes, in plain words ("must be a number").</summary>
    internal static string Expected(Type type, JsonSerializerOptions options)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "must be a string (text in double quotes)";
        if (type == typeof(Guid)) return "must be an id: a string such as \"0193a5b2-7c4e-7d3f-9a10-2b3c4d5e6f70\"";
        if (type == typeof(bool)) return "must be true or false";
        if (type == typeof(Instant)) return "must be a string holding an ISO-8601 UTC instant such as \"2026-01-31T12:00:00Z\"";
        if (type == typeof(LocalDate)) return "must be a string holding a date such as \"2015-11-18\"";
        if (type.IsEnum) return "must be a string naming one of its values";
        if (IsWhole(type)) return "must be a whole number";
        if (IsNumber(type)) return "must be a number";
        var info = options.GetTypeInfo(type);
        if (info.Kind == JsonTypeInfoKind.Enumerable)
        {
            return info.ElementType == typeof(string)
                ? "must be an array of strings, such as [\"one\", \"two\"]"
                : "must be an array";
        }
        if (info.Kind == JsonTypeInfoKind.Object)
        {
            var fields = info.Properties.Select(property => property.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return fields.Count == 0 ? "must be an object" : $"must be an object with {Join(fields)}";
        }
        return "has a value of the wrong kind";
    }

    private static string Join(List<string> fields) =>
        fields.Count == 1 ? fields[0] : $"{string.Join(", ", fields.Take(fields.Count - 1))} and {fields[^1]}";

    private static string Key(string path) => path.Length == 0 ? "$" : path;

    private static string Name(string path) => path.Length == 0 ? "The body" : $"'{path}'";

    /// <summary>The kind of value given, in plain words.</summary>
    internal static string Given(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => $"the string {Shorten(element.GetRawText())}",
        JsonValueKind.Number => $"the number {Shorten(element.GetRawText())}",
        JsonValueKind.True or JsonValueKind.False => $"{element.GetRawText()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Shorten(string raw)
    {
        if (raw.Length <= 40) return raw;
        var cut = char.IsHighSurrogate(raw[36]) ? 36 : 37;
        return $"{raw[..cut]}…";
    }
}
