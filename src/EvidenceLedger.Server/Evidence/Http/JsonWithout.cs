using System.Text.Json;

namespace EvidenceLedger.Server.Evidence.Http;

/// <summary>
/// A copy of a JSON document without the members (and array items) at the given paths, so that the rest of a body whose
/// wrongly typed values are already named can still be read and checked.
/// </summary>
internal static class JsonWithout
{
    public static byte[] Paths(JsonElement root, IReadOnlyCollection<string> paths)
    {
        var skip = new HashSet<string>(paths, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(root, "", skip, writer);
        }
        return buffer.ToArray();
    }

    private static void Write(JsonElement element, string path, HashSet<string> skip, Utf8JsonWriter writer)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var member in element.EnumerateObject())
                {
                    var memberPath = path.Length == 0 ? member.Name : $"{path}.{member.Name}";
                    if (skip.Contains(memberPath)) continue;
                    writer.WritePropertyName(member.Name);
                    Write(member.Value, memberPath, skip, writer);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    var itemPath = $"{path}[{index++}]";
                    if (!skip.Contains(itemPath)) Write(item, itemPath, skip, writer);
                }
                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
