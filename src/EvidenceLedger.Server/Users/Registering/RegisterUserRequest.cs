using NodaTime;

namespace EvidenceLedger.Server.Users.Registering;

public sealed record RegisterUserRequest(string? Name, string? Role, Instant? ExpiresAt = null, string? Reason = null);

/// <summary>The new user and their first token, answered this once.</summary>
public sealed record RegisteredUserResponse(Guid Id, string Name, string Role, string Token, Guid TokenId, Instant? ExpiresAt);
