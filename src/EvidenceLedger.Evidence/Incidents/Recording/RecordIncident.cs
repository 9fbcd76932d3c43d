using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Places;
using NodaTime;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Incidents.Recording;

/// <param name="Occurred">When it happened, as EDTF (e.g. <c>2015-11-18</c>, <c>2015-11</c>, <c>../2015-11-18</c>) or plain English
/// ("spring 2015", "18/11/2015" day first); the event keeps the EDTF.</param>
/// <param name="RequestedAt">When the command was issued; an incident cannot have begun after that day.</param>
public sealed record RecordIncident(Guid IncidentId, string Title, string? Summary, string Occurred, Place Place, Instant RequestedAt) : IIncidentCommand
{
    internal Decision<IIncidentEvent> Decide(IncidentState state)
    {
        if (state.Exists)
            return Rejection.Conflict("incidentId", "An incident with this id has already been recorded.");

        ImpreciseDate? occurred = null;
        return Require.FirstOf(
                Require.Id(IncidentId, "incidentId", "The incident id"),
                Require.Text(Title, "title", "A title", TextLimits.Title),
                Require.OptionalText(Summary, "summary", "A summary", TextLimits.Summary),
                Occurrence.Parse(Occurred, RequestedAt, "occurred", out occurred),
                PlaceRules.Problem(Place, "place"))
            ?? Decision<IIncidentEvent>.Accept(new IncidentRecorded(
                IncidentId, FreeText.Clean(Title), FreeText.CleanOrNull(Summary) ?? string.Empty, occurred!, PlaceRules.Normalized(Place)));
    }
}
