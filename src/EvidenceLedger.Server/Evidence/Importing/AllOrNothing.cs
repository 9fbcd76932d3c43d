using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;

namespace EvidenceLedger.Server.Evidence.Importing;

/// <summary>One stream's share of an import: where its events go, at which version, and what to say once they are there.</summary>
public sealed record ImportAppend(string StreamId, ExpectedVersion Expected, IReadOnlyList<EventToAppend> Events, int Rows, Action<AppendResult>? Appended = null);

/// <summary>
/// Appends every stream's share of an import in one database transaction: a failure anywhere (a stream changed or an id
/// taken meanwhile, a lost connection) rolls every one back, so an import is recorded whole or not at all.
/// </summary>
public static class AllOrNothing
{
    /// <summary>Streams appended per round trip: few enough that the progress bar moves on a large file.</summary>
    private const int StreamsPerRoundTrip = 100;

    /// <returns>Null when everything was appended; otherwise the race that was lost, with nothing appended.</returns>
    public static async Task<ImportOutcome.LostRace?> AppendAsync(LedgerEventStore store, IReadOnlyList<ImportAppend> appends, string actor, string? reason,
        IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(appends);
        var metadata = new AppendMetadata(actor, Guid.NewGuid(), Reason: reason);
        var (rows, recorded) = (appends.Sum(append => append.Rows), 0);
        try
        {
            await using var connection = await store.DataSource.OpenConnectionAsync(ct);
            await using var tx = await connection.BeginTransactionAsync(ct);
            foreach (var chunk in appends.Chunk(StreamsPerRoundTrip))
            {
                var appended = await store.AppendManyAsync(connection, tx, [.. chunk.Select(append => new StreamAppend(append.StreamId, append.Expected, append.Events))],
                    metadata, ct);
                for (var i = 0; i < chunk.Length; i++)
                {
                    chunk[i].Appended?.Invoke(appended[i]);
                    recorded += chunk[i].Rows;
                }
                progress?.Report(new ImportProgress(ImportStage.Recording, recorded, rows));
            }
            await tx.CommitAsync(ct);
            return null;
        }
        catch (ConcurrencyException conflict)
        {
            return new ImportOutcome.LostRace(conflict);
        }
    }
}
