using EvidenceLedger.Evidence.Claims.Viewing;

namespace EvidenceLedger.Server.Evidence.Sources.Viewing;

/// <summary>A claim attributed to a source, with the incident it is about (its current title).</summary>
public sealed record CitingClaim(Guid IncidentId, string IncidentTitle, ClaimView Claim);
