namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// Walks a keyset-paged query one row at a time. With <c>prefetch</c>, the next batch is fetched (and whatever work the
/// fetch does, done) in the background while the current one is consumed, so the fetch must own its connection.
/// At most two batches are held: memory is bounded by the batch size, never by the log.
/// </summary>
internal sealed class BatchCursor<T>(Func<T?, CancellationToken, Task<List<T>>> fetchAfter, int batchSize, bool prefetch = false)
    where T : class
{
    private List<T> _batch = [];
    private Task<List<T>>? _prefetched;
    private int _position;
    private bool _exhausted;
    private T? _last;

    /// <summary>The current row, or null when the query has no more.</summary>
    public async ValueTask<T?> PeekAsync(CancellationToken ct)
    {
        if (_position < _batch.Count)
        {
            return _batch[_position];
        }

        if (_exhausted)
        {
            return null;
        }

        _batch = _prefetched is { } pending ? await pending : await fetchAfter(_last, ct);
        _prefetched = null;
        _position = 0;
        _exhausted = _batch.Count < batchSize;
        if (prefetch && !_exhausted)
        {
            var after = _batch[^1];
            _prefetched = Task.Run(() => fetchAfter(after, ct), ct);
        }

        return _batch.Count > 0 ? _batch[0] : null;
    }

    public void Advance() => _last = _batch[_position++];
}
