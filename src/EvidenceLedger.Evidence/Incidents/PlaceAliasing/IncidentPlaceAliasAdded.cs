using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Evidence.Incidents.PlaceAliasing;

[EventType("incident_place_alias_added")]
public sealed record IncidentPlaceAliasAdded(Guid IncidentId, string Alias) : IIncidentEvent;
