using EvidenceLedger.EventStore.Events;
using NodaTime;

namespace EvidenceLedger.Server.Users.Tokens;

/// <summary>
/// A bearer token was issued to a user. Only its keyed hash is kept (HMAC-SHA-256 under the server's token key, which
/// never enters the database), so neither the ledger nor a copy of it can give the token back or test guesses offline.
/// </summary>
[EventType("user_token_issued")]
public sealed record UserTokenIssued(Guid UserId, Guid TokenId, string TokenHmac, Instant? ExpiresAt);
