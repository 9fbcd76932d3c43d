using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Incidents.PlaceAliasing;

/// <summary>Records another spelling of the incident's place (including Arabic script), so searches under it find the incident.</summary>
public sealed record AddIncidentPlaceAlias(Guid IncidentId, string Alias) : IIncidentCommand
{
    internal Decision<IIncidentEvent> Decide(IncidentState state)
    {
        if (!state.Exists)
            return IncidentDecider.NotFound;
        if (PlaceRules.NameProblem(Alias, "alias") is { } invalid)
            return invalid;
        if (state.Place!.AllNames.Any(name => PlaceRules.SameSpelling(name, Alias)))
            return Rejection.Conflict("alias", $"The place is already known as '{FreeText.Clean(Alias)}'.");

        return Decision<IIncidentEvent>.Accept(new IncidentPlaceAliasAdded(IncidentId, FreeText.Clean(Alias)));
    }
}
