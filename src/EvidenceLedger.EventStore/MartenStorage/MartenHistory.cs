using System.Runtime.CompilerServices;
using System.Text.Json;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Time;
using JasperFx.Events;
using Marten;
using NodaTime;

namespace EvidenceLedger.EventStore.MartenStorage;

/// <summary>
/// Time travel through Marten: a stream, or every stream of a kind, read back as the domain's typed events up to a
/// version or an instant (Marten's own <c>FetchStreamAsync</c>) or a ledger position (Marten's event query by sequence).
/// What the ledger adds beside the events (the hash chain, the transaction ids) is read from its own tables instead.
/// </summary>
public sealed class MartenHistory(IDocumentStore marten)
{
    /// <summary>The stream's events up to <paramref name="limit"/>, in version order; none when it does not exist (then).</summary>
    public async Task<IReadOnlyList<IEvent>> ReadStreamAsync(string streamId, ReadLimit limit, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamId);
        ArgumentNullException.ThrowIfNull(limit);
        await using var session = marten.QuerySession();
        switch (limit)
        {
            case ReadLimit.UpToVersion { Version: < 1 }:
                return [];
            case ReadLimit.UpToVersion v:
                return await session.Events.FetchStreamAsync(streamId, v.Version, token: ct);
            case ReadLimit.UpToInstant i:
                return await session.Events.FetchStreamAsync(streamId, timestamp: Timestamp(i.Instant), token: ct);
            case ReadLimit.UpToPosition p:
                return await session.Events.QueryAllRawEvents()
                    .Where(e => e.StreamKey == streamId && e.Sequence <= p.Position)
                    .OrderBy(e => e.Sequence)
                    .ToListAsync(ct);
            default:
                return await session.Events.FetchStreamAsync(streamId, token: ct);
        }
    }

    /// <summary>
    /// The events of every stream whose id starts with <paramref name="streamIdPrefix"/>, up to <paramref name="limit"/>,
    /// in position order, one at a time: the input of an as-of replay across streams.
    /// </summary>
    public async IAsyncEnumerable<IEvent> ReadStreamsAsync(string streamIdPrefix, ReadLimit limit, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(streamIdPrefix);
        ArgumentNullException.ThrowIfNull(limit);
        if (limit is ReadLimit.UpToVersion)
            throw new ArgumentException("A stream version means nothing across streams; read as of an instant or a position.", nameof(limit));

        await using var session = marten.QuerySession();
        var events = session.Events.QueryAllRawEvents().Where(e => e.StreamKey!.StartsWith(streamIdPrefix));
        switch (limit)
        {
            case ReadLimit.UpToInstant i:
                var timestamp = Timestamp(i.Instant);
                events = events.Where(e => e.Timestamp <= timestamp);
                break;
            case ReadLimit.UpToPosition p:
                events = events.Where(e => e.Sequence <= p.Position);
                break;
        }
        await foreach (var e in events.OrderBy(e => e.Sequence).ToAsyncEnumerable(ct)) yield return e;
    }

    /// <summary>A header's text (Marten reads header values back as JSON), or null when the event has none.</summary>
    public static string? Header(IEvent e, string name) =>
        e.Headers?.GetValueOrDefault(name) switch
        {
            null => null,
            JsonElement { ValueKind: JsonValueKind.String } json => json.GetString(),
            JsonElement { ValueKind: JsonValueKind.Null } => null,
            JsonElement json => json.GetRawText(),
            var value => value.ToString(),
        };

    /// <summary>
    /// The instant as Marten compares timestamps (to the microsecond, as stored), held within what DateTimeOffset can
    /// say: before year 1 nothing was recorded yet, after 9999 everything was.
    /// </summary>
    private static DateTimeOffset Timestamp(Instant instant) =>
        instant < EarliestTimestamp ? DateTimeOffset.MinValue
        : instant > LatestTimestamp ? DateTimeOffset.MaxValue
        : LedgerInstant.Truncate(instant).ToDateTimeOffset();

    private static readonly Instant EarliestTimestamp = Instant.FromDateTimeOffset(DateTimeOffset.MinValue);
    private static readonly Instant LatestTimestamp = Instant.FromDateTimeOffset(DateTimeOffset.MaxValue);
}
