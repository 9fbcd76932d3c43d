using EvidenceLedger.Server.Problems;

namespace EvidenceLedger.Server.Users;

public static class UserProblems
{
    public static IResult From(AccountOutcome outcome) => outcome.Status switch
    {
        StatusCodes.Status400BadRequest => ApiProblems.Invalid(outcome.Field!, outcome.Error!),
        StatusCodes.Status404NotFound => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such user.", detail: outcome.Error),
        _ => Results.Problem(statusCode: outcome.Status, title: "That name is taken.", detail: outcome.Error,
            extensions: new Dictionary<string, object?> { ["field"] = outcome.Field }),
    };
}
