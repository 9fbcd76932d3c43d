using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.Evidence.Deciding;

namespace EvidenceLedger.Server.Evidence.Common;

/// <summary>
/// What became of a command: appended (with the stream's new version and the ledger position of its last event),
/// rejected by the domain (nothing appended), refused because the caller's expected version is stale (nothing appended),
/// or beaten by a concurrent writer when the caller gave no expected version (nothing appended).
/// </summary>
public abstract record CommandOutcome
{
    private CommandOutcome()
    {
    }

    public bool IsAccepted => this is Accepted;

    /// <summary>
    /// What losing the append to a concurrent writer means for the caller: a <see cref="StaleVersion"/> when they named the
    /// version they expected, otherwise a <see cref="ConcurrentChange"/>.
    /// </summary>
    public static CommandOutcome LostRace(string streamId, long? expectedVersion, ConcurrencyException conflict)
    {
        ArgumentNullException.ThrowIfNull(conflict);
        return expectedVersion is { } stale ? new StaleVersion(streamId, stale, conflict.ActualVersion) : new ConcurrentChange(conflict);
    }

    /// <summary>The events were appended: the stream is now at <paramref name="Version"/>; <paramref name="Position"/> is the last event's ledger position.</summary>
    public sealed record Accepted(string StreamId, long Version, long Position) : CommandOutcome;

    /// <summary>The domain refused the command (see <see cref="Rejection.Kind"/>); nothing was appended.</summary>
    public sealed record Rejected(Rejection Rejection) : CommandOutcome;

    /// <summary>The caller expected version <paramref name="Expected"/> but the stream is at <paramref name="Actual"/> (HTTP 412).</summary>
    public sealed record StaleVersion(string StreamId, long Expected, long Actual) : CommandOutcome;

    /// <summary>Someone else appended to the stream between reading and appending, and the caller gave no expected version (HTTP 409).</summary>
    public sealed record ConcurrentChange(ConcurrencyException Conflict) : CommandOutcome;
}
