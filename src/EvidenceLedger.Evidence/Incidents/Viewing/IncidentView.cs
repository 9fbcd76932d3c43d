using System.Collections.Immutable;
using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Viewing;
using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Places;
using NodaTime;

namespace EvidenceLedger.Evidence.Incidents.Viewing;

/// <summary>An incident and its claims as of <see cref="Version"/>; built by <see cref="IncidentViewBuilder"/>.</summary>
/// <param name="Claims">In the order they were recorded.</param>
/// <param name="Version">The stream version of the last event applied.</param>
public sealed record IncidentView(
    Guid IncidentId,
    string Title,
    string Summary,
    ImpreciseDate Occurred,
    Place Place,
    ImmutableList<ClaimView> Claims,
    string RecordedBy,
    Instant RecordedAt,
    Instant LastChangedAt,
    long Version)
{
    public ClaimView? Claim(Guid claimId) => Claims.Find(claim => claim.ClaimId == claimId);

    /// <summary>The distinct statuses of the claims that are not retracted, in the order the claims were recorded.</summary>
    public IReadOnlyList<ClaimStatus> OpenClaimStatuses() =>
        Claims.Where(claim => !claim.IsRetracted).Select(claim => claim.Status).Distinct().ToList();
}
