namespace EvidenceLedger.Server.Evidence.Http;

/// <summary>
/// A request body as read by <see cref="JsonBody.ReadAllAsync{T}"/>: the value (without its wrongly typed members), the
/// problem that ended reading if one did, and every member of the wrong type, by JSON path, said in plain words.
/// </summary>
internal sealed record JsonRead<T>(T? Value, IResult? Problem, IReadOnlyList<(string Field, string Detail)> WrongTypes)
    where T : class
{
    public static JsonRead<T> Failed(IResult problem) => new(null, problem, []);
}
