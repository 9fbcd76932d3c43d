using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Problems;

namespace EvidenceLedger.Server.Integrity.Proofs;

/// <summary>
/// GET /api/ledger/proofs/inclusion?index=I&amp;treeSize=N (or ?eventId=…&amp;treeSize=N) and
/// GET /api/ledger/proofs/consistency?from=M&amp;to=N: RFC 9162 proofs, hashes base64, nearest the leaf / old tree first.
/// </summary>
public static class ProofEndpoints
{
    public static IEndpointRouteBuilder MapProofs(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ledger/proofs/inclusion", async (HttpRequest request, MerkleLog log, CancellationToken ct) =>
        {
            var treeSize = QueryNumbers.Require(request, "treeSize", out var problem);
            if (problem is not null) return problem;
            var eventIdText = request.Query["eventId"].ToString();
            if (eventIdText.Length == 0)
            {
                var index = QueryNumbers.Require(request, "index", out problem);
                if (problem is not null) return problem;
                return await AnswerAsync(async () => await log.InclusionProofAsync(index!.Value, treeSize!.Value, ct));
            }

            if (request.Query.ContainsKey("index")) return ApiProblems.Invalid("eventId", "Give either 'index' or 'eventId', not both.");
            if (!Guid.TryParse(eventIdText, out var eventId)) return ApiProblems.Invalid("eventId", $"'eventId' must be a UUID, not '{eventIdText}'.");
            return await AnswerAsync(async () => await log.InclusionProofAsync(eventId, treeSize!.Value, ct),
                ApiProblems.NotFound("event in the Merkle log", eventId.ToString()));
        }).RequireAuthorization(LedgerPolicies.Read).WithTags("Integrity");

        app.MapGet("/api/ledger/proofs/consistency", async (HttpRequest request, MerkleLog log, CancellationToken ct) =>
        {
            var from = QueryNumbers.Require(request, "from", out var problem);
            if (problem is not null) return problem;
            var to = QueryNumbers.Require(request, "to", out problem);
            if (problem is not null) return problem;
            return await AnswerAsync(async () => await log.ConsistencyProofAsync(from!.Value, to!.Value, ct));
        }).RequireAuthorization(LedgerPolicies.Read).WithTags("Integrity");
        return app;
    }

    private static async Task<IResult> AnswerAsync(Func<Task<object?>> prove, IResult? whenAbsent = null)
    {
        try
        {
            return await prove() is { } proof ? Results.Ok(proof) : whenAbsent!;
        }
        catch (ProofRequestException e)
        {
            return ApiProblems.Invalid(e.Parameter, e.Message);
        }
    }
}
