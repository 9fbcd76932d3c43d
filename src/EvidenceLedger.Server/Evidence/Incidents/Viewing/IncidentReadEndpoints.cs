using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Claims.Csv;
using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Server.Evidence.Incidents.Csv;

namespace EvidenceLedger.Server.Evidence.Incidents.Viewing;

public static class IncidentReadEndpoints
{
    public static IEndpointRouteBuilder MapIncidentReads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/incidents/{id:guid}", async (Guid id, HttpContext http, IncidentQueries queries, string? asOf, string? atPosition) =>
        {
            var (limit, problem) = await PointInTime.ResolveAsync(http, asOf, atPosition);
            if (problem is not null) return problem;
            var incident = await queries.GetAsync(id, limit, http.RequestAborted);
            if (incident is null) return EvidenceResults.NotFound("incident", id);
            var answer = IncidentListCsv.IsWanted(http.Request) ? ClaimsCsv(http, incident) : Results.Ok(incident);
            return limit is ReadLimit.Unlimited ? EvidenceResults.Current(http, incident.Version, answer) : answer;
        })
        .Read<IncidentDocument>("GetIncident", "Incidents",
            "An incident and each claim's current statement, status, credibility, source and its grade, count, citations, verification steps, "
            + "corrections and distinct supporting sources. With Accept: text/csv, the incident's claims as CSV, one a row, in the columns a claim import reads first.")
        .Produces<string>(StatusCodes.Status200OK, IncidentListCsv.MediaType);

        app.MapGet("/api/incidents/{id:guid}/claims/{claimId:guid}", async (Guid id, Guid claimId, HttpContext http, IncidentQueries queries, string? asOf, string? atPosition) =>
        {
            var (limit, problem) = await PointInTime.ResolveAsync(http, asOf, atPosition);
            if (problem is not null) return problem;
            var incident = await queries.GetAsync(id, limit, http.RequestAborted);
            if (incident is null) return EvidenceResults.NotFound("incident", id);
            if (incident.Claim(claimId) is not { } claim) return EvidenceResults.NotFound("claim", claimId);
            return limit is ReadLimit.Unlimited ? EvidenceResults.Current(http, incident.Version, Results.Ok(claim)) : Results.Ok(claim);
        })
        .Read<ClaimDocument>("GetClaim", "Claims", "One claim of an incident; its ETag is the incident's version.");

        app.MapGet("/api/incidents/{id:guid}/history", async (Guid id, HttpContext http, IncidentQueries queries, string? asOf, string? atPosition) =>
        {
            var (limit, problem) = await PointInTime.ResolveAsync(http, asOf, atPosition);
            if (problem is not null) return problem;
            return await queries.HistoryAsync(id, limit, http.RequestAborted) is { } history
                ? Results.Ok(history)
                : EvidenceResults.NotFound("incident", id);
        })
        .Read<StreamHistory>("GetIncidentHistory", "Incidents",
            "The incident's provenance: every event in order with its position, version, type, who recorded it and when, the reason, the data, "
            + "and its chain hash and previous hash (lower-case hex).", LedgerPolicies.History);

        return app;
    }

    private static IResult ClaimsCsv(HttpContext http, IncidentDocument incident)
    {
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{ClaimListCsv.FileName(incident.Id)}\"";
        return Results.Text(ClaimListCsv.Write(incident), "text/csv; charset=utf-8");
    }
}
