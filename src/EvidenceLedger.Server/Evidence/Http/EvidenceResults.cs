using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Problems;

namespace EvidenceLedger.Server.Evidence.Http;

/// <summary>What a write answers: its success with the stream version as ETag, or the problem its outcome maps to.</summary>
internal static class EvidenceResults
{
    public static IResult Written(HttpContext http, CommandOutcome outcome, Func<CommandOutcome.Accepted, IResult> accepted) => outcome switch
    {
        CommandOutcome.Accepted done => WithETag(http, done.Version, accepted(done)),
        CommandOutcome.Rejected rejected => Rejected(rejected.Rejection),
        CommandOutcome.StaleVersion stale => ApiProblems.PreconditionFailed(stale.StreamId, stale.Expected, stale.Actual),
        CommandOutcome.ConcurrentChange concurrent => ApiProblems.Conflict(concurrent.Conflict),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown command outcome."),
    };

    /// <summary>Invalid → 400 (validation problem naming the field), NotFound → 404, Conflict → 409; each naming the field.</summary>
    public static IResult Rejected(Rejection rejection) => rejection.Kind switch
    {
        RejectionKind.Invalid => ApiProblems.Invalid([.. rejection.All.Select(r => (r.Field, r.Reason))]),
        RejectionKind.NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: NotFoundTitle(rejection.Field),
            detail: rejection.Reason, extensions: new Dictionary<string, object?> { ["field"] = rejection.Field }),
        _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The ledger's current state does not allow this.",
            detail: rejection.Reason, extensions: new Dictionary<string, object?> { ["field"] = rejection.Field }),
    };

    public static IResult NotFound(string what, Guid id) => ApiProblems.NotFound(what, id.ToString("D"));

    public static IResult Current(HttpContext http, long version, IResult result) => WithETag(http, version, result);

    private static IResult WithETag(HttpContext http, long version, IResult result)
    {
        IfMatch.SetETag(http.Response, version);
        return result;
    }

    private static string NotFoundTitle(string field) => field switch
    {
        "incidentId" => "No such incident.",
        "claimId" => "No such claim.",
        "sourceId" => "No such source.",
        _ => "Not found.",
    };
}

/// <summary>What every write answers: the id of what was written, the stream's new version (also the ETag) and the ledger position of its last event.</summary>
public sealed record WriteResponse(Guid Id, long Version, long Position);
