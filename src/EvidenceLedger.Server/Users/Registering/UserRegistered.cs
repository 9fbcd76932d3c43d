using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Server.Users.Registering;

/// <summary>A user was given a role and a bearer token; only the token's SHA-256 is ever stored.</summary>
[EventType("user_registered")]
public sealed record UserRegistered(Guid UserId, string Name, string Role, string TokenSha256);
