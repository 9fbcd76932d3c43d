using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.Server.Evidence.Http;

namespace EvidenceLedger.Server.Evidence.Sources.Similar;

public static class SimilarSourcesEndpoint
{
    public static RouteHandlerBuilder MapSimilarSources(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/sources/similar", async (HttpContext http, SimilarSources similar, string? name) =>
            FreeText.Required(name, "name", "The name to compare", TextLimits.Name) is { } bad
                ? EvidenceResults.Rejected(bad)
                : Results.Ok(await similar.ToAsync(name, ct: http.RequestAborted)))
        .Read<IReadOnlyList<SourceDocument>>("SimilarSources", "Sources",
            "The registered sources a new source of this name likely duplicates: its name or an alias folds to the same letters "
            + "(case, diacritics, punctuation, '&' as 'and') or lies a slip or two away. Empty when none.");
}
