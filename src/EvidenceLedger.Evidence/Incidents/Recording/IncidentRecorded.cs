using EvidenceLedger.EventStore.Events;
using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Places;

namespace EvidenceLedger.Evidence.Incidents.Recording;

[EventType("incident_recorded")]
public sealed record IncidentRecorded(Guid IncidentId, string Title, string Summary, ImpreciseDate Occurred, Place Place) : IIncidentEvent;
