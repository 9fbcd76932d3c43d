using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Problems;

namespace EvidenceLedger.Server.Integrity.Checkpoints;

/// <summary>
/// GET /api/ledger/checkpoint: the latest signed checkpoint note (text/plain, saveable as is for verify --since);
/// GET /api/ledger/checkpoints?size=N: the note of that size (text/plain); without size: a JSON list, largest first.
/// </summary>
public static class CheckpointEndpoints
{
    private const string NoteContentType = "text/plain; charset=utf-8";
    private const int MaxListed = 1000;

    public static IEndpointRouteBuilder MapCheckpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ledger/checkpoint", async (CheckpointLog checkpoints, CancellationToken ct) =>
            await checkpoints.LatestAsync(ct) is { } latest
                ? Results.Text(latest.Note, NoteContentType)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No checkpoint yet.",
                    detail: "No checkpoint has been signed yet: the ledger signs one shortly after its first event."))
            .RequireAuthorization(LedgerPolicies.Read).WithTags("Integrity");

        app.MapGet("/api/ledger/checkpoints", async (HttpRequest request, CheckpointLog checkpoints, CancellationToken ct) =>
        {
            var size = QueryNumbers.Read(request, "size", out var problem);
            if (problem is not null) return problem;
            if (size is { } treeSize)
            {
                return await checkpoints.AtSizeAsync(treeSize, ct) is { } checkpoint
                    ? Results.Text(checkpoint.Note, NoteContentType)
                    : ApiProblems.NotFound("checkpoint", treeSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var before = QueryNumbers.Read(request, "before", out problem);
            if (problem is not null) return problem;
            var limit = QueryNumbers.Read(request, "limit", out problem) ?? 100;
            if (problem is not null) return problem;
            if (limit is < 1 or > MaxListed) return ApiProblems.Invalid("limit", $"'limit' is between 1 and {MaxListed}.");
            var listed = await checkpoints.ListAsync(before, (int)limit, ct);
            return Results.Ok(new CheckpointList(listed.Select(c => new CheckpointListItem(c.TreeSize, c.RootHash, c.SignedAt, c.Note)).ToList()));
        }).RequireAuthorization(LedgerPolicies.Read).WithTags("Integrity");
        return app;
    }
}
