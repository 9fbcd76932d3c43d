using System.Globalization;

namespace EvidenceLedger.Server.Exporting.Report;

/// <summary>The head of the report: the incident as of the export, and who exported it, when and why.</summary>
internal static class SummarySection
{
    public static void Write(HtmlText html, ReportModel model)
    {
        var incident = model.AsOfExport.Incident;
        var export = model.Description;
        var events = model.Streams.Sum(stream => stream.Events.Count);
        var withheld = model.Streams.Sum(stream => stream.Events.Count(e => e.IsWithheld));

        html.Raw("<header>\n<p class=\"lead\">").Text("Provenance report — EvidenceLedger").Raw("</p>\n")
            .Auto(incident.Title, "h1").Raw("\n")
            .Auto(incident.Summary, "p").Raw("\n<dl class=\"facts\">\n")
            .Fact("Incident", h => h.Code(incident.Id.ToString("D")))
            .Fact("Occurred", h => Occurred(h, incident))
            .Fact("Place", h => Place(h, incident.Place))
            .Fact("Recorded", h => h.Text("by ").Auto(incident.RecordedBy).Text(" at ").Time(incident.RecordedAt))
            .Fact("Last changed", h => h.Time(incident.LastChangedAt).Text(", version ").Number(incident.Version))
            .Fact("Exported", h => h.Text("by ").Auto(export.ExportedBy).Text(" at ").Time(export.ExportedAt))
            .Fact("Reason for export", h => h.Auto(export.Reason ?? "(none given)"))
            .Fact("Events in this bundle", h => h.Number(events).Text(withheld == 0 ? "" : $" ({withheld.ToString(CultureInfo.InvariantCulture)} with content withheld: protected source identities)"))
            .Fact("Signed checkpoint", h => h.Text("tree of ").Number(export.Checkpoint.TreeSize).Text(" leaves, key ").Code($"{export.PublicKey.KeyName}+{export.PublicKey.KeyId}"))
            .Raw("</dl>\n</header>\n");
    }

    private static void Occurred(HtmlText html, Evidence.Incidents.IncidentDocument incident)
    {
        html.Text(incident.OccurredReading + " ").Code(incident.Occurred);
        if (incident.OccurredEarliest is { } earliest && incident.OccurredLatest is { } latest && earliest != latest)
            html.Text($" (between {Iso(earliest)} and {Iso(latest)})");
    }

    private static void Place(HtmlText html, EvidenceLedger.Evidence.Places.Place place)
    {
        html.Auto(place.Name);
        if (place.Aliases.Count > 0)
        {
            html.Text(" — also known as ");
            for (var i = 0; i < place.Aliases.Count; i++)
            {
                if (i > 0) html.Text(", ");
                html.Auto(place.Aliases[i]);
            }
        }
        if (place.Coordinates is { } at)
            html.Text(string.Create(CultureInfo.InvariantCulture, $" ({at.Latitude:0.#####}, {at.Longitude:0.#####}, within {at.PrecisionMetres:0} m)"));
    }

    private static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
