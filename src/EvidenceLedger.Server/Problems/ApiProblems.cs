using EvidenceLedger.EventStore.Appending;

namespace EvidenceLedger.Server.Problems;

/// <summary>RFC 9457 problem details for the API's error cases, each naming what is at fault.</summary>
public static class ApiProblems
{
    public static IResult Invalid(string field, string detail) => Invalid([(field, detail)]);

    /// <summary>Every field at fault, each with why; the first one's reason is the problem's detail.</summary>
    public static IResult Invalid(IReadOnlyList<(string Field, string Detail)> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var byField = errors.GroupBy(error => error.Field, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(error => error.Detail).ToArray(), StringComparer.Ordinal);
        var detail = errors.Count == 1 ? errors[0].Detail : $"{errors[0].Detail} (and {errors.Count - 1} more: see errors)";
        return Results.ValidationProblem(byField, detail: detail, title: "The request is not valid.");
    }

    public static IResult NotFound(string what, string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No such {what}.", detail: $"There is no {what} with id '{id}'.");

    public static IResult Conflict(ConcurrencyException conflict) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Someone else changed this first.",
            detail: conflict.Message,
            extensions: new Dictionary<string, object?> { ["streamId"] = conflict.StreamId, ["expectedVersion"] = conflict.Expected.Value, ["actualVersion"] = conflict.ActualVersion });

    public static IResult Conflict(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: title, detail: detail);

    public static IResult PreconditionFailed(string streamId, long expected, long actual) =>
        Results.Problem(statusCode: StatusCodes.Status412PreconditionFailed, title: "The version you changed is no longer the current one.",
            detail: $"If-Match expected version {expected}, but '{streamId}' is at version {actual}.",
            extensions: new Dictionary<string, object?> { ["streamId"] = streamId, ["expectedVersion"] = expected, ["actualVersion"] = actual });
}
