namespace EvidenceLedger.Integrity.Verification;

/// <summary>Walks a sequence of row batches one row at a time; holds one batch, so memory is bounded by the batch size.</summary>
internal sealed class BatchCursor<T>(IAsyncEnumerable<List<T>> batches) : IAsyncDisposable
    where T : class
{
    private IAsyncEnumerator<List<T>>? _batches;
    private List<T> _batch = [];
    private int _position;
    private bool _exhausted;

    /// <summary>The current row, or null when there are no more.</summary>
    public async ValueTask<T?> PeekAsync(CancellationToken ct)
    {
        while (_position >= _batch.Count)
        {
            if (_exhausted)
            {
                return null;
            }

            _batches ??= batches.GetAsyncEnumerator(ct);
            if (!await _batches.MoveNextAsync())
            {
                _exhausted = true;
                return null;
            }

            _batch = _batches.Current;
            _position = 0;
        }

        return _batch[_position];
    }

    public void Advance() => _position++;

    public ValueTask DisposeAsync() => _batches?.DisposeAsync() ?? ValueTask.CompletedTask;
}
