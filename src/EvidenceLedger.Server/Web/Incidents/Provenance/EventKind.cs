namespace EvidenceLedger.Server.Web.Incidents.Provenance;

public enum MarkShape
{
    Square,
    Circle,
    Diamond,
    Cross,
    Triangle,
    TriangleDown,
    Hexagon,
    Dot,
}

/// <summary>How the timeline draws one kind of event, and what the legend calls it.</summary>
public sealed record EventKind(string Label, MarkShape Shape, string Colour)
{
    /// <summary>The kind in a query (the provenance page's filter): its label with hyphens, e.g. <c>claim-corrected</c>.</summary>
    public string Key => Label.Replace(' ', '-');

    private static readonly Dictionary<string, EventKind> Known = new(StringComparer.Ordinal)
    {
        ["incident_recorded"] = new("incident recorded", MarkShape.Square, "#1f4e79"),
        ["incident_description_revised"] = new("incident revised", MarkShape.Square, "#6c9bd2"),
        ["incident_occurrence_revised"] = new("incident revised", MarkShape.Square, "#6c9bd2"),
        ["incident_relocated"] = new("incident revised", MarkShape.Square, "#6c9bd2"),
        ["incident_place_alias_added"] = new("incident revised", MarkShape.Square, "#6c9bd2"),
        ["claim_recorded"] = new("claim logged", MarkShape.Circle, "#2e7d32"),
        ["claim_corrected"] = new("claim corrected", MarkShape.Diamond, "#e07b00"),
        ["claim_retracted"] = new("claim retracted", MarkShape.Cross, "#c62828"),
        ["claim_cited"] = new("source cited", MarkShape.Triangle, "#6a1b9a"),
        ["claim_verification_step_recorded"] = new("verification step", MarkShape.TriangleDown, "#00838f"),
        ["claim_assessed"] = new("claim assessed", MarkShape.Hexagon, "#795548"),
    };

    private static readonly EventKind Other = new("other event", MarkShape.Dot, "#757575");

    public static EventKind Of(string eventType) => Known.GetValueOrDefault(eventType, Other);
}
