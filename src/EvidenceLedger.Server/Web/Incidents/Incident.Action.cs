namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class IncidentModel
{
    /// <summary>
    /// Where one of the page's forms posts: this incident's page, naming the handler, and the part of the page to show
    /// when the form comes back refused (the browser scrolls there without any script).
    /// </summary>
    public string Action(string handler, string anchor) => $"{WebRoutes.Incident(Incident.Id)}?handler={handler}#{anchor}";
}
