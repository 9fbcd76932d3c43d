namespace EvidenceLedger.Evidence.Incidents;

/// <summary>
/// Something that happened to one incident or one of its claims. Claims live in the incident's stream,
/// so the stream version versions everything known about the incident.
/// </summary>
public interface IIncidentEvent
{
    Guid IncidentId { get; }
}
