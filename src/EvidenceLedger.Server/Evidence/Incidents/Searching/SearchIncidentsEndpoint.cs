using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Server.Evidence.Incidents.Csv;
using EvidenceLedger.Server.Problems;

namespace EvidenceLedger.Server.Evidence.Incidents.Searching;

public static class SearchIncidentsEndpoint
{
    public static RouteHandlerBuilder MapSearchIncidents(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/incidents", async (HttpContext http, IncidentQueries queries, string? q, string? place, string? occurredFrom, string? occurredTo,
            string? status, string? sort, string? offset, string? pageSize, string? asOf, string? atPosition) =>
        {
            var (limit, problem) = await PointInTime.ResolveAsync(http, asOf, atPosition);
            if (problem is not null) return problem;
            var (from, badFrom) = RequestValues.Date(occurredFrom, "occurredFrom");
            if (badFrom is not null) return badFrom;
            var (to, badTo) = RequestValues.Date(occurredTo, "occurredTo");
            if (badTo is not null) return badTo;
            if (from > to) return ApiProblems.Invalid("occurredTo", "occurredTo is before occurredFrom.");
            var (claimStatus, badStatus) = RequestValues.Enum<ClaimStatus>(status, "status", required: false);
            if (badStatus is not null) return badStatus;
            var (order, badSort) = RequestValues.Enum<IncidentSort>(sort, "sort", required: false);
            if (badSort is not null) return badSort;
            if (place is not null && string.IsNullOrWhiteSpace(place)) return ApiProblems.Invalid("place", "place cannot be blank.");
            var (skip, badOffset) = RequestValues.Int(offset, "offset", 0, int.MaxValue);
            if (badOffset is not null) return badOffset;
            var (take, badPageSize) = RequestValues.Int(pageSize, "pageSize", 1, IncidentQueries.MaxPageSize);
            if (badPageSize is not null) return badPageSize;

            var filter = new IncidentFilter(string.IsNullOrWhiteSpace(q) ? null : q, place, from, to, claimStatus) { Sort = order ?? IncidentSort.Recorded };
            if (IncidentListCsv.IsWanted(http.Request))
            {
                // The whole filtered list, not a page of it: a spreadsheet wants every row.
                http.Response.Headers.ContentDisposition = "attachment; filename=\"incidents.csv\"";
                return Results.Text(IncidentListCsv.Write(await queries.AllMatchingAsync(filter, limit, http.RequestAborted)), "text/csv; charset=utf-8");
            }
            return Results.Ok(await queries.SearchAsync(filter, limit, skip ?? 0, take ?? IncidentQueries.DefaultPageSize, http.RequestAborted));
        })
        .Read<IncidentSearchResult>("SearchIncidents", "Incidents",
            "Finds incidents, newest recorded first (sort: recorded, changed — last changed first, occurred — earliest first, title — A to Z). q: every word in the title, summary, place names or a claim; place: any spelling of the place "
            + "or an alias (al-Bukamal, Abu Kamal, Albu Kamal, Al-Bokamel…); occurredFrom/occurredTo: ISO dates the EDTF date can overlap; "
            + "status: a claim still standing has this status; offset, pageSize (1–1000, default 100). With Accept: text/csv, every match as CSV "
            + "(columns title, occurred, place, aliases, summary, then id, claims, claimStatuses, recordedBy, recordedAt, lastChangedAt, version).");
}
