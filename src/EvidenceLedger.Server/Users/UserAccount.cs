using Marten;
using NodaTime;

namespace EvidenceLedger.Server.Users;

/// <summary>
/// A user as Marten stores them (<see cref="UsersProjection"/>): who, which role, at which version of their stream, and
/// every token issued to them, each known only by its keyed hash.
/// </summary>
public sealed class UserAccount
{
    /// <summary>The user's stream key, <c>user-{id}</c>.</summary>
    public string Id { get; set; } = string.Empty;

    public Guid UserId { get; set; }

    public string Name { get; set; } = string.Empty;

    /// <summary>What the name reads as (<see cref="UserNames.LookAlikeKey"/>): unique, so no two users' names can be mistaken for each other.</summary>
    public string NameKey { get; set; } = string.Empty;

    public string Role { get; set; } = string.Empty;

    public Instant RegisteredAt { get; set; }

    public string RegisteredBy { get; set; } = string.Empty;

    public long Version { get; set; }

    public List<UserAccountToken> Tokens { get; set; } = [];

    /// <summary>The account whose name reads as <paramref name="nameKey"/> (<see cref="UserNames.LookAlikeKey"/>); null when none.</summary>
    public static Task<UserAccount?> ByNameKeyAsync(IQuerySession session, string nameKey, CancellationToken ct) =>
        session.Query<UserAccount>().Where(a => a.NameKey == nameKey).SingleOrDefaultAsync(ct);

    public bool Holds(UserAccountToken token, Instant now) => token.RevokedAt is null && (token.ExpiresAt is null || token.ExpiresAt > now);

    public UserSummary Summary(Instant now) => new(UserId, Name, Role, RegisteredAt, RegisteredBy, Version, new TokenState(
        Tokens.Count(t => Holds(t, now)),
        Tokens.Count(t => t.RevokedAt is not null),
        Tokens.Count(t => t.RevokedAt is null && t.ExpiresAt <= now),
        Tokens.Count == 0 ? null : Tokens.Max(t => t.IssuedAt),
        Tokens.Where(t => t.RevokedAt is not null).Select(t => t.RevokedAt).Max()));
}

/// <summary>A token as the ledger keeps it: its keyed hash, never the token.</summary>
public sealed record UserAccountToken(Guid TokenId, string TokenHmac, Instant IssuedAt, string IssuedBy, Instant? ExpiresAt, Instant? RevokedAt);
