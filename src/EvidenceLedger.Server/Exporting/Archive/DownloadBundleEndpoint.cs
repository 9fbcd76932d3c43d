using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Exporting.Recording;

namespace EvidenceLedger.Server.Exporting.Archive;

public static class DownloadBundleEndpoint
{
    /// <summary>GET /api/exports/{exportId}/bundle: a past bundle again, byte for byte, once checked against the SHA-256 recorded when it was sealed.</summary>
    public static IEndpointRouteBuilder MapDownloadBundle(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/exports/{exportId:guid}/bundle", async (Guid exportId, ExportQueries exports, BundleArchive archive, CancellationToken ct) =>
        {
            if (await exports.FindAsync(exportId, ct) is not { } record)
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such export.", detail: $"No sealed export has id '{exportId}'.");
            var kept = await archive.FindAsync(record.BundleSha256, ct);
            return kept.State switch
            {
                KeptBundleState.Intact => Results.File(kept.Bytes!, "application/zip", record.FileName),
                KeptBundleState.Missing => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "This bundle was not kept.",
                    detail: "The ledger records this export, but no copy of its bundle is kept here (it was made before bundles were kept, or the copy was removed). Export the incident again."),
                _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The kept copy no longer matches the export.",
                    detail: $"The kept file does not hash to {record.BundleSha256}, the SHA-256 recorded when the bundle was handed out: it was altered, and it is not served."),
            };
        })
        .RequireAuthorization(LedgerPolicies.ListExports)
        .WithTags("Exports")
        .WithSummary("Download a past provenance bundle again, checked against its recorded SHA-256.");
        return app;
    }
}
