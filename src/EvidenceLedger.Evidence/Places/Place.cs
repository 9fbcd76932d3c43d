using System.Text.Json.Serialization;

namespace EvidenceLedger.Evidence.Places;

/// <summary>Where an incident happened: the name used for it, other spellings it is known by, and optional coordinates.</summary>
public sealed record Place(string Name, IReadOnlyList<string> Aliases, Coordinates? Coordinates = null)
{
    /// <summary>
    /// The distinct <see cref="PlaceNameKey"/>s of the name and every alias: store these and search with
    /// <c>PlaceNameKey.For(query)</c> by equality to find the place under any spelling.
    /// </summary>
    public IReadOnlyList<string> SearchKeys() =>
        AllNames.Select(PlaceNameKey.For).Where(key => key.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Name and every alias, in order.</summary>
    [JsonIgnore]
    public IEnumerable<string> AllNames => new[] { Name }.Concat(Aliases);

    // Aliases are a list, so the compiler-generated equality would compare references; places are values.
    public bool Equals(Place? other) =>
        other is not null &&
        string.Equals(Name, other.Name, StringComparison.Ordinal) &&
        Aliases.SequenceEqual(other.Aliases, StringComparer.Ordinal) &&
        Equals(Coordinates, other.Coordinates);

    public override int GetHashCode() => HashCode.Combine(Name, Aliases.Count, Coordinates);
}
