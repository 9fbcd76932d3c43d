namespace EvidenceLedger.Evidence.Incidents;

/// <summary>A request to change an incident or one of its claims, decided by <see cref="IncidentDecider"/>.</summary>
public interface IIncidentCommand
{
    Guid IncidentId { get; }
}
