using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.MartenStorage;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Exporting.Recording;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Projections;
using NodaTime;

namespace EvidenceLedger.Server.Users.Activity;

/// <summary>
/// Marten's async projection of every act in the ledger into one <see cref="ActorActivity"/> per actor: the admin's view
/// of who has been recording what. No one reads it right after their own write, so it is the read model left to Marten's
/// async daemon, which the leader runs (docs/event-store.md); the acts are grouped by the actor each event records.
/// </summary>
public sealed partial class ActivityProjection : MultiStreamProjection<ActorActivity, string>
{
    public const string ProjectionName = "activity";

    /// <summary>Raise whenever what <see cref="Evolve"/> makes of the events changes: the activity is then rebuilt at start-up.</summary>
    public const int DefinitionVersion = 1;

    public ActivityProjection()
    {
        // Its shard, and its progress in mt_event_progression, are named after it: "activity:All".
        Name = ProjectionName;
        foreach (var type in ActedEventTypes) IncludeType(type);
        CustomGrouping((_, events, grouping) =>
        {
            foreach (var e in events) grouping.AddEvent(KeyOf(e), e);
            return Task.CompletedTask;
        });
    }

    /// <summary>Every kind of act: the evidence, the user accounts and the exports.</summary>
    private static IEnumerable<Type> ActedEventTypes =>
        new[] { EvidenceEvents.Serializer, UserEvents.Serializer, ExportStreams.Serializer }.SelectMany(s => s.Registry.Types.Select(t => t.Value));

    /// <summary>The projection, in Marten's async daemon.</summary>
    public static void Register(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Projections.Add(new ActivityProjection(), ProjectionLifecycle.Async);
        // Solo: the daemon runs every shard in the process that starts it, with no election of its own. Only the ledger's
        // leader starts one (LeadersDaemon); the server does not call AddAsyncDaemon, so nothing else does.
        options.Projections.AsyncMode = JasperFx.Events.Daemon.DaemonMode.Solo;
    }

    /// <summary>The actor's key: the user's id the event records, or the actor's name when it records none.</summary>
    public static string KeyOf(IEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return MartenHistory.Header(e, LedgerEventStore.ActorIdHeader) is { } userId && Guid.TryParse(userId, out var id)
            ? id.ToString("D")
            : e.UserName ?? string.Empty;
    }

    public override ActorActivity? Evolve(ActorActivity? snapshot, string id, IEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var at = Instant.FromDateTimeOffset(e.Timestamp);
        snapshot ??= new ActorActivity { Id = id, FirstActAt = at };
        snapshot.Actor = e.UserName ?? string.Empty;
        snapshot.UserId = Guid.TryParse(id, out var userId) ? userId : null;
        snapshot.Acts++;
        snapshot.LastActAt = at;
        snapshot.LastActType = e.EventTypeName;
        snapshot.LastPosition = e.Sequence;
        snapshot.ActsByType[e.EventTypeName] = snapshot.ActsByType.GetValueOrDefault(e.EventTypeName) + 1;
        return snapshot;
    }
}
