using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Server.Users.ChangingRole;

[EventType("user_role_changed")]
public sealed record UserRoleChanged(Guid UserId, string Role);
