using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace EvidenceLedger.Server.Evidence.Http;

/// <summary>
/// Every member of a request body that the request's type has no property for (a misspelt <c>sumary</c>, say), by its
/// JSON path, with the members that were possible there. Found before the body is read, so that a value meant for a
/// field is never silently dropped, and every such member is named at once.
/// </summary>
internal static class UnknownMembers
{
    public sealed record Member(string Path, IReadOnlyList<string> Known);

    public static IReadOnlyList<Member> In(JsonElement body, Type type, JsonSerializerOptions options)
    {
        var found = new List<Member>();
        Walk(body, options.GetTypeInfo(type), "", found, options);
        return found;
    }

    private static void Walk(JsonElement element, JsonTypeInfo info, string path, List<Member> found, JsonSerializerOptions options)
    {
        if (info.Kind == JsonTypeInfoKind.Object && element.ValueKind == JsonValueKind.Object)
        {
            var comparer = options.PropertyNameCaseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            var properties = info.Properties.DistinctBy(property => property.Name, comparer).ToDictionary(property => property.Name, comparer);
            foreach (var member in element.EnumerateObject())
            {
                var memberPath = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
                if (properties.TryGetValue(member.Name, out var property))
                    Walk(member.Value, options.GetTypeInfo(property.PropertyType), memberPath, found, options);
                else
                    found.Add(new Member(memberPath, [.. properties.Keys]));
            }
        }
        else if (info.Kind == JsonTypeInfoKind.Enumerable && element.ValueKind == JsonValueKind.Array && info.ElementType is { } elementType)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray()) Walk(item, options.GetTypeInfo(elementType), $"{path}[{index++}]", found, options);
        }
    }
}
