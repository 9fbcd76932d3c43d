using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Server.Users.Registering;

/// <summary>A person was given an account and a role. Their tokens are events of their own (<see cref="Tokens.UserTokenIssued"/>).</summary>
[EventType("user_registered")]
public sealed record UserRegistered(Guid UserId, string Name, string Role);
