using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>Sources of row batches for <see cref="BatchCursor{T}"/>: keyset pages, and stages that work ahead of their consumer.</summary>
internal static class Batches
{
    /// <summary>Pages of a keyset query, each fetched after the previous page's last row, until a short page.</summary>
    public static async IAsyncEnumerable<List<T>> Pages<T>(Func<T?, CancellationToken, Task<List<T>>> fetchAfter, int batchSize,
        [EnumeratorCancellation] CancellationToken ct = default)
        where T : class
    {
        T? last = null;
        while (true)
        {
            var page = await fetchAfter(last, ct);
            if (page.Count > 0)
            {
                yield return page;
            }

            if (page.Count < batchSize)
            {
                yield break;
            }

            last = page[^1];
        }
    }

    /// <summary>Runs <paramref name="work"/> on each batch in a stage of its own.</summary>
    public static async IAsyncEnumerable<List<T>> Then<T>(this IAsyncEnumerable<List<T>> source, Action<List<T>> work,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var batch in source.WithCancellation(ct))
        {
            work(batch);
            yield return batch;
        }
    }

    /// <summary>
    /// Produces <paramref name="source"/> in the background, at most <paramref name="depth"/> batches ahead of the consumer:
    /// the source then runs in parallel with whatever consumes it, so it must own its connection.
    /// </summary>
    public static async IAsyncEnumerable<List<T>> Ahead<T>(this IAsyncEnumerable<List<T>> source, int depth = 2,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var channel = Channel.CreateBounded<List<T>>(depth);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(() => ProduceAsync(source, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(ct))
            {
                yield return batch;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
        }
    }

    private static async Task ProduceAsync<T>(IAsyncEnumerable<List<T>> source, ChannelWriter<List<T>> writer, CancellationToken ct)
    {
        try
        {
            await foreach (var batch in source.WithCancellation(ct))
            {
                await writer.WriteAsync(batch, ct);
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            // Handed to the consumer, which rethrows it where it reads.
            writer.Complete(e);
        }
    }
}
