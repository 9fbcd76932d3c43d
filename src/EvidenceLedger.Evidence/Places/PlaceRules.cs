using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Places;

/// <summary>Validation of places given in commands, reporting the offending field under a prefix such as <c>place</c>.</summary>
internal static class PlaceRules
{
    public static Rejection? Problem(Place? place, string field)
    {
        if (place is null)
            return Rejection.Invalid(field, "A place is required.");

        var aliases = place.Aliases ?? [];
        var problems = new List<Rejection?> { NameProblem(place.Name, $"{field}.name") };
        for (var i = 0; i < aliases.Count; i++)
        {
            var aliasField = $"{field}.aliases[{i}]";
            problems.Add(NameProblem(aliases[i], aliasField)
                ?? (new[] { place.Name }.Concat(aliases.Take(i)).Any(earlier => SameSpelling(earlier, aliases[i]))
                    ? Rejection.Invalid(aliasField, $"'{FreeText.Clean(aliases[i])}' is listed twice.")
                    : null));
        }
        problems.Add(CoordinatesProblem(place.Coordinates, $"{field}.coordinates"));
        return Rejection.FirstOf(problems);
    }

    public static Rejection? NameProblem(string? name, string field) =>
        Require.Text(name, field, "A place name", TextLimits.Name)
        ?? (PlaceNameKey.For(name).Length == 0 ? Rejection.Invalid(field, $"'{name}' contains no letters.") : null);

    public static Rejection? CoordinatesProblem(Coordinates? coordinates, string field) => coordinates switch
    {
        null => null,
        { Latitude: var latitude } when !double.IsFinite(latitude) || latitude is < -90 or > 90 =>
            Rejection.Invalid($"{field}.latitude", "Latitude must be between -90 and 90 degrees."),
        { Longitude: var longitude } when !double.IsFinite(longitude) || longitude is < -180 or > 180 =>
            Rejection.Invalid($"{field}.longitude", "Longitude must be between -180 and 180 degrees."),
        { PrecisionMetres: var precision } when !double.IsFinite(precision) || precision <= 0 =>
            Rejection.Invalid($"{field}.precisionMetres", "Precision must be a positive number of metres."),
        _ => null,
    };

    public static Place Normalized(Place place) =>
        new(FreeText.Clean(place.Name), (place.Aliases ?? []).Select(FreeText.Clean).ToList(), place.Coordinates);

    /// <summary>The same written name apart from case and surrounding spaces; different spellings are worth keeping as aliases.</summary>
    public static bool SameSpelling(string? left, string? right) =>
        string.Equals(FreeText.Clean(left), FreeText.Clean(right), StringComparison.OrdinalIgnoreCase);
}
