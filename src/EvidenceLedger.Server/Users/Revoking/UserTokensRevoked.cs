using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Server.Users.Revoking;

/// <summary>Every token the user held until now stops working at once; tokens issued afterwards work again.</summary>
[EventType("user_tokens_revoked")]
public sealed record UserTokensRevoked(Guid UserId);
