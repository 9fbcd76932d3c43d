using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Incidents.Relocating;

/// <summary>Changes where the incident is placed (its place name and coordinates); recorded aliases are kept.</summary>
public sealed record RelocateIncident(Guid IncidentId, string PlaceName, Coordinates? Coordinates, string Reason) : IIncidentCommand
{
    internal Decision<IIncidentEvent> Decide(IncidentState state)
    {
        if (!state.Exists)
            return IncidentDecider.NotFound;

        var placeName = FreeText.Clean(PlaceName);
        return Require.FirstOf(
                PlaceRules.NameProblem(PlaceName, "placeName"),
                PlaceRules.CoordinatesProblem(Coordinates, "coordinates"),
                Require.Text(Reason, "reason", "A reason for the relocation", TextLimits.Reason),
                string.Equals(placeName, state.Place!.Name, StringComparison.Ordinal) && Equals(Coordinates, state.Place.Coordinates)
                    ? Rejection.Invalid("placeName", "The incident is already placed there.")
                    : null)
            ?? Decision<IIncidentEvent>.Accept(new IncidentRelocated(IncidentId, placeName, Coordinates, FreeText.Clean(Reason)));
    }
}
