using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Server.Users.Registering;

/// <summary>Registers a user as an event; the token is returned once and only its hash is kept.</summary>
public sealed class UserRegistration(LedgerEventStore store)
{
    /// <summary>Writes and reads <see cref="UserRegistered"/>: the users projection reads the events with it too.</summary>
    public static EventSerializer Serializer { get; } = new(new EventTypeRegistry([typeof(UserRegistered)]));

    public async Task<RegisteredUserResponse> RegisterAsync(string name, string role, string actor, string? token = null, CancellationToken ct = default)
    {
        token ??= BearerTokens.Generate();
        var registered = new UserRegistered(Guid.NewGuid(), name.Trim(), role, BearerTokens.Hash(token));
        await store.AppendAsync(UserStreams.For(name), ExpectedVersion.NoStream, [Serializer.ToAppend(registered)],
            new AppendMetadata(actor, Guid.NewGuid(), Reason: $"registered {role} {name.Trim()}"), ct);
        return new RegisteredUserResponse(registered.UserId, registered.Name, role, token);
    }
}
