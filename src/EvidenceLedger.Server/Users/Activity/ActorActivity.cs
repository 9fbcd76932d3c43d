using Marten;
using NodaTime;

namespace EvidenceLedger.Server.Users.Activity;

/// <summary>
/// What one actor has recorded in the ledger (<see cref="ActivityProjection"/>): how many acts, the first and the last,
/// and how many of each kind. Counted in the background, so it may trail the latest act by a moment.
/// </summary>
public sealed class ActorActivity
{
    /// <summary><see cref="ActivityProjection.KeyOf"/>: the user's id, or the actor's name for an actor that is no user.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The actor's name as the latest act recorded it.</summary>
    public string Actor { get; set; } = string.Empty;

    /// <summary>The user the actor is; null for an operator on the host (<c>cli:…</c>).</summary>
    public Guid? UserId { get; set; }

    public long Acts { get; set; }

    public Instant FirstActAt { get; set; }

    public Instant LastActAt { get; set; }

    /// <summary>The stored name of the last act's event (<c>claim_corrected</c>).</summary>
    public string LastActType { get; set; } = string.Empty;

    /// <summary>The ledger position of the last act.</summary>
    public long LastPosition { get; set; }

    /// <summary>How many acts of each kind, by the events' stored names.</summary>
    public SortedDictionary<string, long> ActsByType { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Every actor's activity as counted so far, by <see cref="Id"/>.</summary>
    public static async Task<IReadOnlyDictionary<string, ActorActivity>> AllAsync(IQuerySession session, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(session);
        return (await session.Query<ActorActivity>().ToListAsync(ct)).ToDictionary(a => a.Id, StringComparer.Ordinal);
    }
}
