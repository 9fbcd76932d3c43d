namespace EvidenceLedger.Integrity.Verification;

/// <summary>Walks a keyset-paged query one row at a time, holding one batch in memory.</summary>
internal sealed class BatchCursor<T>(Func<T?, CancellationToken, Task<List<T>>> fetchAfter, int batchSize)
    where T : class
{
    private List<T> _batch = [];
    private int _next;
    private bool _exhausted;
    private T? _last;

    /// <summary>The current row, or null when the query has no more.</summary>
    public async ValueTask<T?> PeekAsync(CancellationToken ct)
    {
        if (_next < _batch.Count)
        {
            return _batch[_next];
        }

        if (_exhausted)
        {
            return null;
        }

        _batch = await fetchAfter(_last, ct);
        _next = 0;
        _exhausted = _batch.Count < batchSize;
        return _batch.Count > 0 ? _batch[0] : null;
    }

    public void Advance() => _last = _batch[_next++];
}
