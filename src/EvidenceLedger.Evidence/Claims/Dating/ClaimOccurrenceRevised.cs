using EvidenceLedger.EventStore.Events;
using EvidenceLedger.Evidence.Dates;

namespace EvidenceLedger.Evidence.Claims.Dating;

/// <summary>The claim now says the reported thing happened at <paramref name="Occurred"/>; null: the source gives no date after all.</summary>
[EventType("claim_occurrence_revised")]
public sealed record ClaimOccurrenceRevised(Guid IncidentId, Guid ClaimId, ImpreciseDate? Occurred, string Reason) : IClaimEvent;
