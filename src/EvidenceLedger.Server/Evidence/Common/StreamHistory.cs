using System.Text.Json;
using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Reading;
using NodaTime;

namespace EvidenceLedger.Server.Evidence.Common;

/// <summary>One event of a stream's provenance: where it sits in the ledger, who recorded it when and why, its data and its hash.</summary>
/// <param name="ActorId">The id of the user <paramref name="Actor"/> names; null for an actor that is no user (an operator on
/// the host) and for events recorded before ids were.</param>
/// <param name="Hash">The event's chain hash (docs/event-hashing.md), lower-case hex.</param>
/// <param name="PreviousHash">The previous event's hash in the stream, lower-case hex; null for the first event.</param>
public sealed record HistoryEntry(
    long Position,
    long Version,
    Guid EventId,
    string Type,
    string Actor,
    Guid? ActorId,
    Instant RecordedAt,
    string? Reason,
    Guid CorrelationId,
    Guid? CausationId,
    JsonElement Data,
    string Hash,
    string? PreviousHash);

/// <summary>A stream's events in order, as far as the read limit reaches.</summary>
/// <param name="Version">The version of the last event shown.</param>
/// <param name="HashEncoding">Always <c>hex</c>: hashes are lower-case hexadecimal.</param>
public sealed record StreamHistory(string StreamId, long Version, string HashEncoding, IReadOnlyList<HistoryEntry> Events)
{
    public const string Hex = "hex";

    /// <summary>The stream's events up to <paramref name="limit"/>, or null when there are none (unknown, or not yet recorded then).</summary>
    public static async Task<StreamHistory?> ReadAsync(LedgerEventStore store, string streamId, ReadLimit limit, CancellationToken ct)
    {
        var events = new List<HistoryEntry>();
        await foreach (var e in store.ReadStreamAsync(streamId, limit, ct))
        {
            events.Add(new HistoryEntry(e.Position, e.Version, e.EventId, e.Type, e.Actor, e.ActorId, e.RecordedAt, e.Reason, e.CorrelationId, e.CausationId,
                e.Data, Convert.ToHexStringLower(e.Hash), e.PreviousHash is null ? null : Convert.ToHexStringLower(e.PreviousHash)));
        }
        return events.Count == 0 ? null : new StreamHistory(streamId, events[^1].Version, Hex, events);
    }
}
