using NodaTime;

namespace EvidenceLedger.Server.Users;

/// <summary>A user in the API: never a token or its hash, only how many of their tokens work.</summary>
public sealed record UserDocument(Guid Id, string Name, string Role, Instant RegisteredAt, string RegisteredBy, UserTokensDocument Tokens)
{
    public static UserDocument From(UserSummary user) => new(user.Id, user.Name, user.Role, user.RegisteredAt, user.RegisteredBy,
        new UserTokensDocument(user.Tokens.State, user.Tokens.Active, user.Tokens.Revoked, user.Tokens.Expired, user.Tokens.LastIssuedAt, user.Tokens.LastRevokedAt));
}

public sealed record UserTokensDocument(string State, long Active, long Revoked, long Expired, Instant? LastIssuedAt, Instant? LastRevokedAt);
