using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Exporting.Building;
using EvidenceLedger.Server.Problems;

namespace EvidenceLedger.Server.Exporting.Http;

public static class ExportIncidentEndpoint
{
    /// <summary>GET /api/incidents/{id}/export?reason=…&amp;maxFileBytes=…: the incident's provenance bundle as a zip download; the export is recorded.</summary>
    public static IEndpointRouteBuilder MapExportIncident(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/incidents/{id:guid}/export", async (Guid id, string? reason, string? maxFileBytes, HttpContext http, IncidentExporter exporter) =>
        {
            var errors = new List<(string Field, string Detail)>();
            if (ExportReason.Problem(reason) is { } invalid) errors.Add((invalid.Field, invalid.Reason));
            if (!MaxFileBytes.TryRead(maxFileBytes, out var largestFile)) errors.Add(("maxFileBytes", MaxFileBytes.Expected));
            if (errors.Count > 0) return ApiProblems.Invalid(errors);

            IncidentExport? export;
            try
            {
                export = await exporter.ExportAsync(id, http.User.Actor(), reason, largestFile, http.RequestAborted);
            }
            catch (LogNotReadyException notReady)
            {
                http.Response.Headers.RetryAfter = "5";
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The ledger's Merkle log is catching up.", detail: notReady.Message);
            }

            if (export is null) return ApiProblems.NotFound("incident", id.ToString("D"));
            // RFC 9530: lets the client check the download against the SHA-256 recorded in the ledger.
            http.Response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(export.Record.BundleSha256))}:";
            http.Response.Headers["X-Export-Id"] = export.Record.ExportId.ToString("D");
            return Results.File(export.Bundle, "application/zip", export.FileName);
        })
        .RequireAuthorization(LedgerPolicies.Export)
        .WithName("ExportIncident")
        .WithTags("Exports")
        .WithSummary("The incident's provenance bundle (zip): every event in canonical form with its hash and Merkle inclusion proof, one signed "
            + "checkpoint and the ledger's public key, the current and as-of-export views, a printable HTML report, VERIFY.txt and manifest.sha256; "
            + "the uploaded files its citations name under files/{sha256} (those over maxFileBytes, when given, by SHA-256 only).")
        .WithDescription("The export itself is recorded in the ledger (stream export-{id}: who, when, why — the optional reason — and the bundle's "
            + "SHA-256, also sent as Repr-Digest). The incident's own version and ETag do not change. Protected source identities are never exported.")
        .Produces(StatusCodes.Status200OK, contentType: "application/zip")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status401Unauthorized)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }
}
