using EvidenceLedger.EventStore.Events;
using EvidenceLedger.Evidence.Places;

namespace EvidenceLedger.Evidence.Incidents.Relocating;

[EventType("incident_relocated")]
public sealed record IncidentRelocated(Guid IncidentId, string PlaceName, Coordinates? Coordinates, string Reason) : IIncidentEvent;
