using System.Text;
using System.Text.Json.Nodes;

namespace EvidenceLedger.Server.Tests.Fuzzing;

/// <summary>
/// Spoils a valid JSON body: a member (at any depth) set to a nasty value, removed, or joined by an unknown one; or the
/// whole body replaced by something that is hardly JSON at all. Nasty values are spliced in as raw JSON text, so that
/// escapes a serializer would never write (a lone surrogate, say) reach the server as they are.
/// </summary>
internal sealed class BodyMutations(Random random)
{
    private readonly Dictionary<string, string> _raw = new(StringComparer.Ordinal);

    private static readonly string[] UnknownNames = ["sumary", "titel", "actor", "Id ", "", "__proto__", "constructor", "place.name", "reasons", "extra", "$type"];

    private static readonly string[] WholeBodies =
    [
        "", " ", "null", "[]", "\"text\"", "1", "{", "{\"title\":", "{,}", "{\"a\":1,}", "/* c */{}", "{} {}", "{\"title\":\"x\"} trailing",
        "\uFEFF{}", "{\"title\":\"x\",\"title\":\"y\"}", "{'title':'x'}", "{title:\"x\"}", "NaN", "[{}]", "\"\\ud800\"",
    ];

    /// <summary>Applies one mutation to <paramref name="body"/>, returning what it did.</summary>
    public string Apply(ref JsonNode? body, ref byte[]? raw)
    {
        if (body is null) return "no body to change";
        var places = Places(body, "");
        switch (random.Next(10))
        {
            case < 4 when places.Count > 0:
            {
                var (parent, key, path) = places[random.Next(places.Count)];
                var value = NastyValues.Json(random);
                Set(parent, key, Placeholder(value));
                return $"{(path.Length == 0 ? "$" : path)} = {Short(value)}";
            }
            case < 5 when places.Count > 0:
            {
                var (parent, key, path) = places[random.Next(places.Count)];
                if (parent is JsonObject obj) obj.Remove((string)key);
                else ((JsonArray)parent).RemoveAt((int)key);
                return $"removed {path}";
            }
            case < 7:
            {
                var objects = places.Where(p => Get(p.Parent, p.Key) is JsonObject).Select(p => (JsonObject)Get(p.Parent, p.Key)!).Prepend(body as JsonObject).OfType<JsonObject>().ToList();
                if (objects.Count == 0) return "no object to add to";
                var target = objects[random.Next(objects.Count)];
                var name = UnknownNames[random.Next(UnknownNames.Length)] + (random.Next(3) == 0 ? random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
                if (target.ContainsKey(name)) return "unknown member already there";
                var value = random.Next(2) == 0 ? "\"x\"" : NastyValues.Json(random);
                target[name] = Placeholder(value);
                return $"unknown member '{name}' = {Short(value)}";
            }
            case 7:
            {
                var whole = random.Next(4) == 0 ? NastyValues.Deep(random) : WholeBodies[random.Next(WholeBodies.Length)];
                body = null;
                raw = Encoding.UTF8.GetBytes(whole);
                return $"whole body {Short(whole)}";
            }
            case 8:
            {
                raw = Encoding.UTF8.GetBytes(Serialize(body));
                body = null;
                var at = random.Next(raw.Length + 1);
                byte[] bad = random.Next(3) switch { 0 => [0xFF], 1 => [0xC0, 0xAF], _ => [0xE2, 0x80] };
                raw = [.. raw[..at], .. bad, .. raw[at..]];
                return $"invalid UTF-8 at byte {at}";
            }
            default:
            {
                if (places.Count == 0) return "nothing to pad";
                var (parent, key, path) = places[random.Next(places.Count)];
                var value = "\"" + new string('x', random.Next(2) == 0 ? 1_100_000 : 1_048_000) + "\"";
                Set(parent, key, Placeholder(value));
                return $"{path} padded to about 1 MiB";
            }
        }
    }

    /// <summary>The body's JSON text with every nasty value spliced in.</summary>
    public string Serialize(JsonNode body)
    {
        var json = body.ToJsonString();
        foreach (var (placeholder, value) in _raw) json = json.Replace("\"" + placeholder + "\"", value, StringComparison.Ordinal);
        return json;
    }

    private JsonValue Placeholder(string rawJson)
    {
        var placeholder = $"__fuzz{_raw.Count}__";
        _raw[placeholder] = rawJson;
        return JsonValue.Create(placeholder)!;
    }

    private static void Set(JsonNode parent, object key, JsonNode value)
    {
        if (parent is JsonObject obj) obj[(string)key] = value;
        else ((JsonArray)parent)[(int)key] = value;
    }

    private static JsonNode? Get(JsonNode parent, object key) => parent is JsonObject obj ? obj[(string)key] : ((JsonArray)parent)[(int)key];

    /// <summary>Every member and array item, with its parent and JSON path.</summary>
    private static List<(JsonNode Parent, object Key, string Path)> Places(JsonNode node, string path)
    {
        var places = new List<(JsonNode, object, string)>();
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj.ToList())
            {
                var childPath = path.Length == 0 ? name : $"{path}.{name}";
                places.Add((obj, name, childPath));
                if (child is not null) places.AddRange(Places(child, childPath));
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                places.Add((array, i, $"{path}[{i}]"));
                if (array[i] is { } child) places.AddRange(Places(child, $"{path}[{i}]"));
            }
        }
        return places;
    }

    private static string Short(string text) => text.Length > 60 ? text[..60] + $"… ({text.Length} chars)" : text;
}
