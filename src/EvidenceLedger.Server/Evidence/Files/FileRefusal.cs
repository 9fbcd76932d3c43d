using EvidenceLedger.Server.Problems;

namespace EvidenceLedger.Server.Evidence.Files;

/// <summary>Why a posted file was not kept: the status the API answers, and words a page can show at the field.</summary>
public sealed record FileRefusal(int Status, string Title, string Detail)
{
    public IResult ToProblem(string field) => Status == StatusCodes.Status400BadRequest
        ? ApiProblems.Invalid(field, Detail)
        : Results.Problem(statusCode: Status, title: Title, detail: Detail);
}
