using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Server.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EvidenceLedger.Server.Evidence.Http;

/// <summary>
/// The faults found in a request before its command is decided (values of the wrong JSON type, values the endpoint parses
/// itself), kept so that one 400 names them together with every field the decision refuses.
/// </summary>
internal sealed class RequestErrors(IEnumerable<(string Field, string Detail)> found)
{
    private readonly List<(string Field, string Detail)> errors = [.. found];
    private IResult? other;

    public bool Any => errors.Count > 0 || other is not null;

    /// <summary>Keeps the fields of a 400 <paramref name="problem"/>; any other problem is answered as it is.</summary>
    public void Add(IResult? problem)
    {
        if (problem is null) return;
        var fields = problem switch
        {
            ValidationProblem validation => validation.ProblemDetails.Errors,
            ProblemHttpResult { ProblemDetails: HttpValidationProblemDetails validation } => validation.Errors,
            _ => null,
        };
        if (fields is null)
        {
            other ??= problem;
            return;
        }
        foreach (var (field, details) in fields)
        {
            foreach (var detail in details) errors.Add((field, detail));
        }
    }

    /// <summary>
    /// One 400 with every fault found before deciding and every invalid field of <paramref name="decision"/> (decided on
    /// what could be read), except those on a field already named: a value of the wrong type that was left out is not
    /// also "required".
    /// </summary>
    public IResult Answer(Rejection? decision)
    {
        if (other is not null) return other;
        var all = new List<(string Field, string Detail)>(errors);
        foreach (var rejection in decision?.All.Where(rejection => rejection.Kind == RejectionKind.Invalid) ?? [])
        {
            if (!errors.Any(error => Overlaps(error.Field, rejection.Field))) all.Add((rejection.Field, rejection.Reason));
        }
        return ApiProblems.Invalid(all);
    }

    /// <summary>Whether one path is the other or lies within it (<c>place</c> and <c>place.name</c>), whatever their case.</summary>
    private static bool Overlaps(string a, string b) =>
        a.Equals(b, StringComparison.OrdinalIgnoreCase) || Within(a, b) || Within(b, a);

    private static bool Within(string inner, string outer) =>
        inner.Length > outer.Length && inner.StartsWith(outer, StringComparison.OrdinalIgnoreCase) && inner[outer.Length] is '.' or '[';
}
