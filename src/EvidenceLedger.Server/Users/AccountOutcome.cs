namespace EvidenceLedger.Server.Users;

/// <summary>What an account change came to: done (with the user, and a token when one was issued), or why not.</summary>
public sealed record AccountOutcome(UserSummary? User, IssuedToken? Token, string? Field, string? Error, int Status)
{
    public bool IsDone => Error is null;

    public static AccountOutcome Done(UserSummary user, IssuedToken? token = null) => new(user, token, null, null, StatusCodes.Status200OK);

    public static AccountOutcome Invalid(string field, string error) => new(null, null, field, error, StatusCodes.Status400BadRequest);

    public static AccountOutcome Conflict(string field, string error) => new(null, null, field, error, StatusCodes.Status409Conflict);

    public static AccountOutcome Missing(Guid userId) => new(null, null, "id", $"There is no user with id '{userId}'.", StatusCodes.Status404NotFound);
}
