using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Deciding;
using NodaTime;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Incidents.Dating;

/// <summary>Re-dates the incident as evidence narrows (or widens) when it happened.</summary>
/// <param name="Occurred">The new date, as EDTF or plain English ("late November 2015"); the event keeps the EDTF.</param>
/// <param name="RequestedAt">When the command was issued; an incident cannot have begun after that day.</param>
public sealed record ReviseIncidentOccurrence(Guid IncidentId, string Occurred, string Reason, Instant RequestedAt) : IIncidentCommand
{
    internal Decision<IIncidentEvent> Decide(IncidentState state)
    {
        if (!state.Exists)
            return IncidentDecider.NotFound;

        ImpreciseDate? occurred = null;
        return Require.FirstOf(
                Occurrence.Parse(Occurred, RequestedAt, "occurred", out occurred),
                Require.Text(Reason, "reason", "A reason for the new date", TextLimits.Reason),
                occurred is not null && string.Equals(occurred.Edtf, state.Occurred?.Edtf, StringComparison.Ordinal)
                    ? Rejection.Invalid("occurred", $"The incident is already dated '{occurred.Edtf}' ({occurred.Reading()}).")
                    : null)
            ?? Decision<IIncidentEvent>.Accept(new IncidentOccurrenceRevised(IncidentId, occurred!, FreeText.Clean(Reason)));
    }
}
