using EvidenceLedger.EventStore.Events;
using EvidenceLedger.Evidence.Dates;

namespace EvidenceLedger.Evidence.Incidents.Dating;

[EventType("incident_occurrence_revised")]
public sealed record IncidentOccurrenceRevised(Guid IncidentId, ImpreciseDate Occurred, string Reason) : IIncidentEvent;
