using EvidenceLedger.EventStore.Events;
using EvidenceLedger.Server.Users.ChangingRole;
using EvidenceLedger.Server.Users.Registering;
using EvidenceLedger.Server.Users.Revoking;
using EvidenceLedger.Server.Users.Tokens;

namespace EvidenceLedger.Server.Users;

/// <summary>The events of a user's stream, the closed set the users projection reads.</summary>
public static class UserEvents
{
    public static EventSerializer Serializer { get; } = new(
        new EventTypeRegistry([typeof(UserRegistered), typeof(UserTokenIssued), typeof(UserTokensRevoked), typeof(UserRoleChanged)]));
}
