using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.Server.Evidence.Http;

namespace EvidenceLedger.Server.Evidence.Incidents.Similar;

public static class SimilarIncidentsEndpoint
{
    public static RouteHandlerBuilder MapSimilarIncidents(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/incidents/similar", async (HttpContext http, SimilarIncidents similar, string? title) =>
            FreeText.Required(title, "title", "The title to compare", TextLimits.Title) is { } bad
                ? EvidenceResults.Rejected(bad)
                : Results.Ok(await similar.ToAsync(title, http.RequestAborted)))
        .Read<IReadOnlyList<IncidentSummary>>("SimilarIncidents", "Incidents",
            "The recorded incidents a new incident of this title likely duplicates: the title folds to the same letters "
            + "(case, diacritics, punctuation, '&' as 'and') or lies a slip or two away. Empty when none.");
}
