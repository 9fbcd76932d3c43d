using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Http;
using Microsoft.AspNetCore.Authorization;

namespace EvidenceLedger.Server.Evidence.Sources.Viewing;

public static class SourceReadEndpoints
{
    public static IEndpointRouteBuilder MapSourceReads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sources", async (HttpContext http, SourceQueries queries, string? q, string? kind, string? asOf, string? atPosition) =>
        {
            var (limit, problem) = await PointInTime.ResolveAsync(http, asOf, atPosition);
            if (problem is not null) return problem;
            var (sourceKind, badKind) = RequestValues.Enum<SourceKind>(kind, "kind", required: false);
            if (badKind is not null) return badKind;
            return Results.Ok(await queries.ListAsync(new SourceFilter(q, sourceKind), limit, http.RequestAborted));
        })
        .Read<IReadOnlyList<SourceDocument>>("ListSources", "Sources", "Lists sources (q: words in the name or an alias; kind), in registration order.");

        app.MapGet("/api/sources/{id:guid}", async (Guid id, HttpContext http, SourceQueries queries, IAuthorizationService authorization, string? asOf, string? atPosition) =>
        {
            var (limit, problem) = await PointInTime.ResolveAsync(http, asOf, atPosition);
            if (problem is not null) return problem;
            var source = await queries.GetAsync(id, limit, http.RequestAborted);
            if (source is null) return EvidenceResults.NotFound("source", id);
            if ((await authorization.AuthorizeAsync(http.User, LedgerPolicies.Admin)).Succeeded)
                source = source with { ProtectedIdentity = await queries.RevealIdentityAsync(id, limit, http.RequestAborted) };
            return limit is ReadLimit.Unlimited ? EvidenceResults.Current(http, source.Version, Results.Ok(source)) : Results.Ok(source);
        })
        .Read<SourceDocument>("GetSource", "Sources", "A source with its grade history; admins also see its decrypted protected identity (until it is shredded).");

        app.MapGet("/api/sources/{id:guid}/history", async (Guid id, HttpContext http, SourceQueries queries, string? asOf, string? atPosition) =>
        {
            var (limit, problem) = await PointInTime.ResolveAsync(http, asOf, atPosition);
            if (problem is not null) return problem;
            return await queries.HistoryAsync(id, limit, http.RequestAborted) is { } history
                ? Results.Ok(history)
                : EvidenceResults.NotFound("source", id);
        })
        .Read<StreamHistory>("GetSourceHistory", "Sources", "Every event of the source's stream in order, with who, when, why, the data and its hash (lower-case hex).",
            LedgerPolicies.History);

        return app;
    }
}
