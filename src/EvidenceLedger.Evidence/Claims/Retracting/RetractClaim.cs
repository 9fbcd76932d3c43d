using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Claims.Retracting;

/// <summary>Withdraws the claim for good: it stays on record, but can no longer be corrected, cited, verified or assessed.</summary>
public sealed record RetractClaim(Guid IncidentId, Guid ClaimId, string Reason) : IIncidentCommand
{
    internal Decision<IIncidentEvent> Decide(IncidentState state)
    {
        if (!state.Exists)
            return IncidentDecider.NotFound;
        if (state.OpenClaim(ClaimId, "retracted again", out _) is { } unavailable)
            return unavailable;

        return Require.Text(Reason, "reason", "A reason for the retraction", TextLimits.Reason)
            ?? Decision<IIncidentEvent>.Accept(new ClaimRetracted(IncidentId, ClaimId, FreeText.Clean(Reason)));
    }
}
