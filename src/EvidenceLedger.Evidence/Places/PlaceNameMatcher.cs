namespace EvidenceLedger.Evidence.Places;

/// <summary>Finds places by any spelling of their name or aliases, using <see cref="PlaceNameKey"/>.</summary>
public static class PlaceNameMatcher
{
    public static bool Matches(Place place, string? query)
    {
        var key = PlaceNameKey.For(query);
        return key.Length > 0 && place.SearchKeys().Contains(key, StringComparer.Ordinal);
    }
}
