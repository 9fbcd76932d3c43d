using System.Globalization;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Exporting.Recording;
using EvidenceLedger.Server.Problems;

namespace EvidenceLedger.Server.Exporting.Http;

public static class ListExportsEndpoint
{
    /// <summary>GET /api/exports?incidentId=…&amp;before=…&amp;pageSize=…: past exports, newest first.</summary>
    public static IEndpointRouteBuilder MapListExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/exports", async (HttpContext http, ExportQueries exports, string? incidentId, string? before, string? pageSize) =>
        {
            Guid? incident = null;
            if (incidentId is not null)
            {
                if (!Guid.TryParse(incidentId, out var parsed)) return ApiProblems.Invalid("incidentId", $"incidentId must be a UUID, not '{incidentId}'.");
                incident = parsed;
            }

            long? beforePosition = null;
            if (before is not null)
            {
                if (!long.TryParse(before, NumberStyles.None, CultureInfo.InvariantCulture, out var position) || position < 1)
                    return ApiProblems.Invalid("before", $"before must be a ledger position (a whole number from 1), not '{before}'.");
                beforePosition = position;
            }

            var size = ExportQueries.DefaultPageSize;
            if (pageSize is not null && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > ExportQueries.MaxPageSize))
                return ApiProblems.Invalid("pageSize", $"pageSize must be a whole number from 1 to {ExportQueries.MaxPageSize}, not '{pageSize}'.");

            return Results.Ok(await exports.ListAsync(incident, beforePosition, size, http.RequestAborted));
        })
        .RequireAuthorization(LedgerPolicies.ListExports)
        .WithName("ListExports")
        .WithTags("Exports")
        .WithSummary("Past provenance exports, newest first: who exported which incident, when, why, and the bundle's SHA-256 and size.")
        .WithDescription("incidentId limits the list to one incident. Pages of pageSize (1–1000, default 100); pass nextBefore as before for the next page. "
            + "Roles legal, auditor and admin.")
        .Produces<ExportList>()
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }
}
