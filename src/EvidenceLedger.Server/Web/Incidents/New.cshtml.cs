using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Incidents.Deciding;
using EvidenceLedger.Server.Evidence.Incidents.Similar;
using EvidenceLedger.Server.Web.Incidents.Editing;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine;

namespace EvidenceLedger.Server.Web.Incidents;

/// <summary>Records a new incident: what happened, when (EDTF, as precisely as known) and where (every spelling of the place).</summary>
[RequiresPolicy(LedgerPolicies.Write)]
public sealed class NewModel(IMessageBus bus, SimilarIncidents similar, IClock clock) : LedgerPageModel
{
    public const string NewIncidentForm = "new-incident";
    private const string CoordinatesPrefix = "place.coordinates";

    private static readonly string[] Fields = ["title", "summary", "occurred", "place.name", "place.aliases", .. CoordinateFields.Names(CoordinatesPrefix)];

    /// <summary>Set when the title likely duplicates recorded incidents: nothing is recorded until "Record anyway".</summary>
    public LikelyDuplicatesNotice? Duplicates { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var posted = Request.Form;
        var form = FormState.Posted(NewIncidentForm, posted);
        var coordinates = CoordinateFields.Read(posted, CoordinatesPrefix, ref form);

        var incidentId = Guid.CreateVersion7();
        var place = new Place(posted["place.name"].ToString(), FormValues.Lines(posted["place.aliases"]), coordinates);
        var command = new RecordIncident(incidentId, posted["title"].ToString(), posted["summary"].ToString(), posted["occurred"].ToString().Trim(), place,
            clock.GetCurrentInstant());
        if (form.HasErrors)
        {
            // Coordinates that cannot be read never reach the domain; every other field is still checked, so all show at once.
            var others = IncidentDecider.Decide(command, IncidentState.None).Rejection;
            return ShowAgain(others is null ? form : form.WithRejection(others, Fields), StatusCodes.Status422UnprocessableEntity);
        }
        if (posted["anyway"] != "yes" && IncidentDecider.Decide(command, IncidentState.None).Rejection is null
            && await similar.ToAsync(command.Title, ct) is { Count: > 0 } matches)
        {
            Duplicates = new("incident", matches.Select(match => new LikelyDuplicate(match.Title, WebRoutes.Incident(match.Id),
                $"{match.OccurredReading}, {match.Place.Name} · {match.ClaimCount} {(match.ClaimCount == 1 ? "claim" : "claims")}")).ToList(), "Record anyway");
            return ShowAgain(form, StatusCodes.Status409Conflict);
        }
        return await bus.InvokeAsync<CommandOutcome>(DecideIncident.For(command, User.Actor()), ct) switch
        {
            CommandOutcome.Accepted => Redirect(WebRoutes.Incident(incidentId) + "?done=incident-recorded"),
            CommandOutcome.Rejected { Rejection: var rejection } => ShowAgain(form.WithRejection(rejection, Fields), StatusCodes.Status422UnprocessableEntity),
            var other => throw new InvalidOperationException($"A new incident id met an existing stream: {other}."),
        };
    }
}
