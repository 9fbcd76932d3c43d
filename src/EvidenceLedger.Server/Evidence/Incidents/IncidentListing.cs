using EvidenceLedger.Evidence.Incidents.Viewing;

namespace EvidenceLedger.Server.Evidence.Incidents;

/// <summary>
/// An incident as Marten stores it (<see cref="IncidentsProjection"/>): its current view, with what the incident list
/// searches and filters on, each also a column of its own (Marten's duplicated fields) so the database can index it.
/// </summary>
public sealed class IncidentListing
{
    /// <summary>The incident's stream key, <c>incident-{id}</c>.</summary>
    public string Id { get; set; } = string.Empty;

    public Guid IncidentId { get; set; }

    public long Version { get; set; }

    public string SearchText { get; set; } = string.Empty;

    /// <summary>The place-name keys of every spelling of the place.</summary>
    public string[] PlaceKeys { get; set; } = [];

    /// <summary>The widest days the EDTF date can mean; null where it is open.</summary>
    public DateOnly? OccurredEarliest { get; set; }

    public DateOnly? OccurredLatest { get; set; }

    /// <summary>The statuses of the claims still standing.</summary>
    public string[] ClaimStatuses { get; set; } = [];

    public IncidentView View { get; set; } = null!;
}
