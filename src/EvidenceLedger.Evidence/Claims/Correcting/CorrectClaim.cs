using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Claims.Correcting;

/// <summary>Replaces the claim's current statement; the earlier wording stays in the stream.</summary>
public sealed record CorrectClaim(Guid IncidentId, Guid ClaimId, string Statement, string Reason) : IIncidentCommand
{
    internal Decision<IIncidentEvent> Decide(IncidentState state)
    {
        if (!state.Exists)
            return IncidentDecider.NotFound;
        if (state.OpenClaim(ClaimId, "corrected", out var claim) is { } unavailable)
            return unavailable;

        var statement = FreeText.Clean(Statement);
        return Require.FirstOf(
                Require.Text(Statement, "statement", "The corrected statement", TextLimits.Statement),
                Require.Text(Reason, "reason", "A reason for the correction", TextLimits.Reason),
                string.Equals(statement, claim.Statement, StringComparison.Ordinal)
                    ? Rejection.Invalid("statement", "The correction is identical to the current statement.")
                    : null)
            ?? Decision<IIncidentEvent>.Accept(new ClaimCorrected(IncidentId, ClaimId, statement, FreeText.Clean(Reason)));
    }
}
