using System.Collections.Immutable;
using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Places;

namespace EvidenceLedger.Evidence.Incidents;

/// <summary>What <see cref="IncidentDecider"/> needs to know about an incident and its claims to decide commands.</summary>
public sealed record IncidentState(
    Guid IncidentId,
    string Title,
    string Summary,
    ImpreciseDate? Occurred,
    Place? Place,
    ImmutableDictionary<Guid, ClaimState> Claims)
{
    /// <summary>The state of an incident nobody has recorded yet.</summary>
    public static IncidentState None { get; } = new(Guid.Empty, string.Empty, string.Empty, null, null, ImmutableDictionary<Guid, ClaimState>.Empty);

    public bool Exists => IncidentId != Guid.Empty;

    /// <summary>The claim, if it exists and has not been retracted; otherwise the rejection saying why it cannot be <paramref name="done"/>.</summary>
    internal Rejection? OpenClaim(Guid claimId, string done, out ClaimState claim)
    {
        if (!Claims.TryGetValue(claimId, out claim!))
            return Rejection.NotFound("claimId", "The incident has no claim with this id.");
        return claim.IsRetracted
            ? Rejection.Conflict("claimId", $"The claim was retracted ({claim.RetractionReason}) and can no longer be {done}.")
            : null;
    }

    internal IncidentState WithClaim(Guid claimId, Func<ClaimState, ClaimState> change) =>
        this with { Claims = Claims.SetItem(claimId, change(Claims[claimId])) };
}
