using EvidenceLedger.EventStore;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.ProtectingIdentity;
using EvidenceLedger.Evidence.Sources.ShreddingIdentity;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;
using JasperFx.Events;
using Marten;
using Wolverine.Marten;

namespace EvidenceLedger.Server.Evidence.Sources.Deciding;

/// <summary>
/// Commands on one source's stream (<paramref name="Id"/>, its key), decided in order, each on the state the last one
/// left (a registration and its aliases), for <paramref name="Actor"/>.
/// </summary>
/// <param name="Identity">A protected identity to attach after them, encrypted under the source's one key (made now
/// when the source has none).</param>
/// <param name="Creates">Whether the commands may start the stream (a registration); otherwise an unknown source is a 404.</param>
/// <param name="ExpectedVersion">The version the caller last saw (If-Match), or null to decide on the version read.</param>
/// <param name="Reason">Recorded with the events; null for none.</param>
public sealed record DecideSource(string Id, Guid SourceId, IReadOnlyList<ISourceCommand> Commands, ProtectedIdentityDetails? Identity,
    bool Creates, string Actor, long? ExpectedVersion, string? Reason)
{
    /// <summary>
    /// The stream and the commands' kinds only: Wolverine logs a failed message by this, and the commands hold what
    /// documentation staff wrote (and the reason), which logs must not.
    /// </summary>
    public override string ToString() => $"DecideSource {{ {Id}: {string.Join(", ", Commands.Select(command => command.GetType().Name))}{(Identity is null ? "" : ", a protected identity")} }}";
}

/// <summary>
/// Wolverine's aggregate handler workflow over a source stream, as <see cref="Incidents.Deciding.DecideIncidentHandler"/>
/// over an incident's. What the key vault must do with the events (store a new source key, or destroy the source's key
/// and rotate the key-encryption key on a shred) happens in the session's transaction, so it commits or rolls back with them.
/// </summary>
public static class DecideSourceHandler
{
    public static async Task<CommandOutcome> Handle(DecideSource message, [WriteAggregate(Required = false)] IEventStream<SourceAggregate> stream,
        IDocumentSession session, SourceKeyVault vault, LedgerEventStore store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(stream);
        var state = stream.Aggregate?.State ?? SourceDecider.Initial;
        var version = stream.CurrentVersion ?? 0;
        if (!state.Exists && !message.Creates) return new CommandOutcome.Rejected(SourceDecider.NotFound);
        if (message.ExpectedVersion is { } expected && expected != version) return new CommandOutcome.StaleVersion(message.Id, expected, version);

        var commands = message.Commands.ToList();
        (string Id, byte[] Key)? newKey = null;
        if (message.Identity is { } identity)
        {
            // Every version of the identity is encrypted under the one key, so destroying it erases them all.
            var keyId = state.Identity?.KeyId;
            byte[]? key;
            if (keyId is null)
            {
                newKey = (keyId, key) = (IdentityCipher.NewKeyId(), IdentityCipher.NewKey());
            }
            else if ((key = await vault.FindAsync(keyId, ct)) is null)
            {
                return new CommandOutcome.Rejected(Rejection.Conflict("sourceId", "The key of the source's identity is missing, so the identity cannot be replaced."));
            }
            commands.Add(new AttachProtectedIdentity(message.SourceId, keyId, IdentityCipher.Encrypt(key, message.SourceId, keyId, identity)));
        }

        var (events, rejection) = DecideAll(state, commands);
        if (rejection is not null) return new CommandOutcome.Rejected(rejection);

        if (newKey is var (newKeyId, sourceKey))
            InTheSameTransaction.Join(session, (connection, tx, token) => vault.InsertAsync(connection, tx, newKeyId, message.SourceId, sourceKey, token));
        if (commands.Any(command => command is ShredSourceIdentity))
            InTheSameTransaction.Join(session, (connection, tx, token) => vault.ShredAsync(connection, tx, message.SourceId, token));

        return await DecidedAppend.SaveAsync(store, session, stream, EvidenceEvents.ToAppend(events), message.Actor, message.Reason,
            message.ExpectedVersion, ct);
    }

    /// <summary>Decides each command on the state the events before it left; the first refusal refuses them all.</summary>
    public static (IReadOnlyList<ISourceEvent> Events, Rejection? Rejection) DecideAll(SourceState state, IEnumerable<ISourceCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var events = new List<ISourceEvent>();
        foreach (var command in commands)
        {
            var decision = SourceDecider.Decide(command, state);
            if (decision.Rejection is { } rejection) return ([], rejection);
            foreach (var @event in decision.Events)
            {
                events.Add(@event);
                state = SourceDecider.Evolve(state, @event);
            }
        }
        return (events, null);
    }
}
