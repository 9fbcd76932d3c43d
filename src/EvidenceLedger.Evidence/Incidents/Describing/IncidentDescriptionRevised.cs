using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Evidence.Incidents.Describing;

[EventType("incident_description_revised")]
public sealed record IncidentDescriptionRevised(Guid IncidentId, string Title, string Summary, string Reason) : IIncidentEvent;
