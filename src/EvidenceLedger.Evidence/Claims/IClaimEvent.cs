using EvidenceLedger.Evidence.Incidents;

namespace EvidenceLedger.Evidence.Claims;

/// <summary>An incident event about one of its claims.</summary>
public interface IClaimEvent : IIncidentEvent
{
    Guid ClaimId { get; }
}
