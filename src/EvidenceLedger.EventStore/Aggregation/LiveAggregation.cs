using EvidenceLedger.EventStore.Reading;

namespace EvidenceLedger.EventStore.Aggregation;

/// <summary>Folds a stream into a state on demand, to any version, instant or position (Marten's AggregateStreamAsync).</summary>
public static class LiveAggregation
{
    public static async Task<(TState State, long Version)> AggregateStreamAsync<TState>(this LedgerEventStore store, string streamId,
        TState initial, Func<TState, StoredEvent, TState> evolve, ReadLimit? limit = null, CancellationToken ct = default)
    {
        var state = initial;
        long version = 0;
        await foreach (var e in store.ReadStreamAsync(streamId, limit, ct))
        {
            state = evolve(state, e);
            version = e.Version;
        }
        return (state, version);
    }
}
