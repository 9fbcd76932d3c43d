using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Incidents.Similar;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using NodaTime;

namespace EvidenceLedger.Server.Web.Incidents;

/// <summary>Records a new incident: what happened, when (EDTF, as precisely as known) and where (every spelling of the place).</summary>
[RequiresPolicy(LedgerPolicies.Write)]
public sealed class NewModel(IncidentCommands commands, SimilarIncidents similar, IClock clock) : LedgerPageModel
{
    public const string NewIncidentForm = "new-incident";
    private const string Latitude = "place.coordinates.latitude";
    private const string Longitude = "place.coordinates.longitude";
    private const string Precision = "place.coordinates.precisionMetres";

    private static readonly string[] Fields = ["title", "summary", "occurred", "place.name", "place.aliases", Latitude, Longitude, Precision];

    /// <summary>Set when the title likely duplicates recorded incidents: nothing is recorded until "Record anyway".</summary>
    public LikelyDuplicatesNotice? Duplicates { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var posted = Request.Form;
        var form = FormState.Posted(NewIncidentForm, posted);
        var coordinates = ReadCoordinates(posted, ref form);
        if (form.HasErrors)
            return ShowAgain(form, StatusCodes.Status422UnprocessableEntity);

        var incidentId = Guid.CreateVersion7();
        var place = new Place(posted["place.name"].ToString(), FormValues.Lines(posted["place.aliases"]), coordinates);
        var command = new RecordIncident(incidentId, posted["title"].ToString(), posted["summary"].ToString(), posted["occurred"].ToString().Trim(), place,
            clock.GetCurrentInstant());
        if (posted["anyway"] != "yes" && IncidentDecider.Decide(command, IncidentState.None).Rejection is null
            && await similar.ToAsync(command.Title, ct) is { Count: > 0 } matches)
        {
            Duplicates = new("incident", matches.Select(match => new LikelyDuplicate(match.Title, WebRoutes.Incident(match.Id),
                $"{match.OccurredReading}, {match.Place.Name} · {match.ClaimCount} {(match.ClaimCount == 1 ? "claim" : "claims")}")).ToList(), "Record anyway");
            return ShowAgain(form, StatusCodes.Status409Conflict);
        }
        return await commands.HandleAsync(command, User.Actor(), ct: ct) switch
        {
            CommandOutcome.Accepted => Redirect(WebRoutes.Incident(incidentId) + "?done=incident-recorded"),
            CommandOutcome.Rejected { Rejection: var rejection } => ShowAgain(form.WithRejection(rejection, Fields), StatusCodes.Status422UnprocessableEntity),
            var other => throw new InvalidOperationException($"A new incident id met an existing stream: {other}."),
        };
    }

    private static Coordinates? ReadCoordinates(IFormCollection posted, ref FormState form)
    {
        var latitude = FormValues.Number(posted[Latitude], out var badLatitude);
        var longitude = FormValues.Number(posted[Longitude], out var badLongitude);
        var precision = FormValues.Number(posted[Precision], out var badPrecision);
        if (badLatitude)
            form = form.WithError(Latitude, "Latitude is a number of degrees, e.g. 34.4478.");
        if (badLongitude)
            form = form.WithError(Longitude, "Longitude is a number of degrees, e.g. 40.9178.");
        if (badPrecision)
            form = form.WithError(Precision, "Precision is a number of metres, e.g. 500.");
        if (form.HasErrors || (latitude is null && longitude is null && precision is null))
            return null;
        if (latitude is null)
            form = form.WithError(Latitude, "Give the latitude too, or leave all three coordinates empty.");
        if (longitude is null)
            form = form.WithError(Longitude, "Give the longitude too, or leave all three coordinates empty.");
        if (precision is null)
            form = form.WithError(Precision, "Say how far (in metres) the true spot may lie from the coordinates.");
        return form.HasErrors ? null : new Coordinates(latitude!.Value, longitude!.Value, precision!.Value);
    }
}
