using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Texts;
using NodaTime;

namespace EvidenceLedger.Evidence.Claims.Dating;

/// <summary>Re-dates what a claim reports (a date misread, or narrowed by a later reading of the source); the earlier date stays in the stream.</summary>
/// <param name="Occurred">The new date, as EDTF or plain English ("mid-November 2015"); blank when the source gives no date after all.</param>
/// <param name="RequestedAt">When the command was issued; a claim's date cannot begin after that day.</param>
public sealed record ReviseClaimOccurrence(Guid IncidentId, Guid ClaimId, string? Occurred, string Reason, Instant RequestedAt) : IIncidentCommand
{
    internal Decision<IIncidentEvent> Decide(IncidentState state)
    {
        if (!state.Exists)
            return IncidentDecider.NotFound;
        if (state.OpenClaim(ClaimId, "re-dated", out var claim) is { } unavailable)
            return unavailable;

        ImpreciseDate? occurred = null;
        var given = !string.IsNullOrWhiteSpace(Occurred);
        return Require.FirstOf(
                given ? Occurrence.Parse(Occurred!, RequestedAt, "occurred", out occurred) : null,
                Require.Text(Reason, "reason", "A reason for the new date", TextLimits.Reason),
                Unchanged(given, occurred, claim.Occurred))
            ?? Decision<IIncidentEvent>.Accept(new ClaimOccurrenceRevised(IncidentId, ClaimId, occurred, FreeText.Clean(Reason)));
    }

    private static Rejection? Unchanged(bool given, ImpreciseDate? occurred, ImpreciseDate? current) => (given, current) switch
    {
        (false, null) => Rejection.Invalid("occurred", "The claim has no date already; give the date the source reports."),
        (true, { } same) when occurred is not null && string.Equals(occurred.Edtf, same.Edtf, StringComparison.Ordinal) =>
            Rejection.Invalid("occurred", $"The claim is already dated '{same.Edtf}' ({same.Reading()})."),
        _ => null,
    };
}
