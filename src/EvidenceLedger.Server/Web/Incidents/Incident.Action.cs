namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class IncidentModel
{
    /// <summary>Where one of the page's forms posts: this incident's page, naming the handler.</summary>
    public string Action(string handler) => $"{WebRoutes.Incident(Incident.Id)}?handler={handler}";
}
