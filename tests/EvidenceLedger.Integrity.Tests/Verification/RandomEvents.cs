using System.Text.Json;
using System.Text.Json.Nodes;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Time;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace EvidenceLedger.Integrity.Tests.Verification;

/// <summary>Events with awkward JSON and metadata: escapes, control characters, non-Latin scripts, emoji, numbers of every shape.</summary>
internal static class RandomEvents
{
    private static readonly string[] Fragments = ["a", "claim", " ", "é", "البوكمال", "😀", "\"", "\\", "/", "\n", "\t", "\r", "\b", "\f", "\u0001", "\u001f", "\u007f", "\u2028", "<>&", "'"];

    private static readonly Gen<string> Strings =
        from count in Gen.Choose(0, 6)
        from parts in Gen.ArrayOf(Gen.Elements(Fragments), count)
        select string.Concat(parts);

    private static readonly Gen<string> NonEmptyStrings = Strings.Select(s => "x" + s);

    private static readonly Gen<double> Doubles = Gen.OneOf(
        Gen.Elements(0.5, -1.25, 1e21, 1e-7, 123456789012345678.0, 0.1 + 0.2, 5e-324, 1.7976931348623157e308, -0.0, 100.0, 1e15, 999999999999999.0),
        from mantissa in Gen.Choose(-1_000_000, 1_000_000)
        from exponent in Gen.Choose(-30, 30)
        select mantissa * Math.Pow(10, exponent));

    private static readonly Gen<JsonNode?> Numbers = Gen.OneOf(
        Gen.Choose(-1000, 1000).Select(i => (JsonNode?)JsonValue.Create(i)),
        from high in Gen.Choose(-1_000_000_000, 1_000_000_000)
        from low in Gen.Choose(0, 1_000_000_000)
        select (JsonNode?)JsonValue.Create(((long)high * 1_000_000_000) + low),
        Doubles.Select(d => (JsonNode?)JsonValue.Create(d)));

    private static readonly Gen<JsonNode?> Scalars = Gen.OneOf(
        Numbers,
        Strings.Select(s => (JsonNode?)JsonValue.Create(s)),
        Gen.Elements(true, false).Select(b => (JsonNode?)JsonValue.Create(b)),
        Gen.Constant<JsonNode?>(null));

    public static readonly Gen<StoredEvent> Events =
        from data in Objects(3)
        from streamId in NonEmptyStrings
        from type in Gen.Elements("claim_recorded", "source_registered", "x")
        from actor in NonEmptyStrings
        from reason in Gen.OrNull(Strings)
        from hasCausation in Gen.Elements(true, false)
        from version in Gen.Choose(1, 1_000_000)
        from previous in Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), 32)
        from seconds in Gen.Choose(0, 2_000_000_000)
        from micros in Gen.Choose(0, 999_999)
        select new StoredEvent(1, Guid.NewGuid(), streamId, version, type, JsonSerializer.SerializeToElement(data), actor,
            Instant.FromUnixTimeSeconds(seconds).PlusTicks(micros * 10L), Guid.NewGuid(), hasCausation ? Guid.NewGuid() : null, reason,
            version == 1 ? null : previous, []);

    private static Gen<JsonNode?> Values(int depth) =>
        depth == 0 ? Scalars : Gen.Frequency((4, Scalars), (1, Arrays(depth)), (1, Objects(depth)));

    private static Gen<JsonNode?> Arrays(int depth) =>
        from count in Gen.Choose(0, 4)
        from items in Gen.ArrayOf(Values(depth - 1), count)
        select (JsonNode?)new JsonArray(items);

    private static Gen<JsonNode?> Objects(int depth) =>
        from count in Gen.Choose(0, 5)
        from names in Gen.ArrayOf(Strings, count)
        from values in Gen.ArrayOf(Values(depth - 1), count)
        select (JsonNode?)Build(names, values);

    private static JsonObject Build(string[] names, JsonNode?[] values)
    {
        var json = new JsonObject();
        for (var i = 0; i < names.Length; i++)
        {
            json.TryAdd(names[i], values[i]);
        }

        return json;
    }
}
