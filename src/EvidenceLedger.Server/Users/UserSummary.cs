using NodaTime;

namespace EvidenceLedger.Server.Users;

/// <summary>A user as the admin sees them: who, which role, and whether any of their tokens still opens the ledger.</summary>
public sealed record UserSummary(Guid Id, string Name, string Role, Instant RegisteredAt, string RegisteredBy, long Version, TokenState Tokens);

/// <summary>
/// <c>state</c>: <c>active</c> (a token works), <c>revoked</c> (every token was revoked), <c>expired</c>, or <c>none</c>.
/// </summary>
public sealed record TokenState(long Active, long Revoked, long Expired, Instant? LastIssuedAt, Instant? LastRevokedAt)
{
    public string State => Active > 0 ? "active" : LastRevokedAt is not null ? "revoked" : Expired > 0 ? "expired" : "none";
}

/// <summary>A token as issued: shown this once, never again.</summary>
public sealed record IssuedToken(Guid TokenId, string Token, Instant? ExpiresAt);
