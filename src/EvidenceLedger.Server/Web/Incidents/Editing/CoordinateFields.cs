using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Server.Web.Shared;

namespace EvidenceLedger.Server.Web.Incidents.Editing;

/// <summary>
/// The three coordinate fields of a place form (<c>{prefix}.latitude</c>, <c>.longitude</c>, <c>.precisionMetres</c>, named
/// like the API's JSON paths so the domain's problems land on them): all three or none.
/// </summary>
public static class CoordinateFields
{
    public static IReadOnlyList<string> Names(string prefix) => [$"{prefix}.latitude", $"{prefix}.longitude", $"{prefix}.precisionMetres"];

    /// <summary>The coordinates typed, or null when none were; every field that cannot be read is added to <paramref name="form"/>.</summary>
    public static Coordinates? Read(IFormCollection posted, string prefix, ref FormState form)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var (latitudeField, longitudeField, precisionField) = ($"{prefix}.latitude", $"{prefix}.longitude", $"{prefix}.precisionMetres");
        var latitude = FormValues.Number(posted[latitudeField], out var badLatitude);
        var longitude = FormValues.Number(posted[longitudeField], out var badLongitude);
        var precision = FormValues.Number(posted[precisionField], out var badPrecision);
        if (badLatitude)
            form = form.WithError(latitudeField, "Latitude is a number of degrees, e.g. 34.4478.");
        if (badLongitude)
            form = form.WithError(longitudeField, "Longitude is a number of degrees, e.g. 40.9178.");
        if (badPrecision)
            form = form.WithError(precisionField, "Precision is a number of metres, e.g. 500.");
        if (badLatitude || badLongitude || badPrecision || (latitude is null && longitude is null && precision is null))
            return null;
        if (latitude is null)
            form = form.WithError(latitudeField, "Give the latitude too, or leave all three coordinates empty.");
        if (longitude is null)
            form = form.WithError(longitudeField, "Give the longitude too, or leave all three coordinates empty.");
        if (precision is null)
            form = form.WithError(precisionField, "Say how far (in metres) the true spot may lie from the coordinates.");
        return latitude is { } lat && longitude is { } lon && precision is { } metres ? new Coordinates(lat, lon, metres) : null;
    }
}
