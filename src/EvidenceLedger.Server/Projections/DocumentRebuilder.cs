using EvidenceLedger.Server.Hosting;
using Marten;
using Npgsql;

namespace EvidenceLedger.Server.Projections;

/// <summary>
/// Rebuilds a <see cref="DocumentProjection"/> as the owner role (the app role may not delete documents), in one
/// transaction: readers see the old documents until it commits, and appenders wait for it rather than slip between.
/// Each stream is folded through the same projection the appends run inline (<see cref="DocumentProjection.AggregateAndStore"/>);
/// an async projection is emptied instead, and its progress forgotten, for the leader's daemon to replay.
/// </summary>
internal sealed class DocumentRebuilder(LedgerDatabase database)
{
    /// <param name="store">Marten on the owner's data source, configured with the server's documents.</param>
    /// <param name="table">The projection's document table (<see cref="TableOf"/>).</param>
    /// <returns>How many events it replayed.</returns>
    public async Task<long> RebuildAsync(DocumentStore store, string table, DocumentProjection projection, CancellationToken ct)
    {
        if (projection.AggregateAndStore is not { } aggregateAndStore) return await ForgetProgressAsync(table, projection.Name, ct);

        await using var connection = await database.Owner.DataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        // Conflicts with every insert and update, not with reads.
        await ExecuteAsync(connection, tx, $"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE; DELETE FROM {table}", ct);

        var streams = new List<string>();
        long events = 0;
        await using (var select = new NpgsqlCommand(
            "SELECT id, version FROM ledger.mt_streams WHERE starts_with(id, $1) ORDER BY id", connection, tx))
        {
            select.Parameters.Add(new NpgsqlParameter { Value = projection.StreamPrefix });
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                streams.Add(reader.GetString(0));
                events += reader.GetInt64(1);
            }
        }

        await using (var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(tx)))
        {
            foreach (var stream in streams) await aggregateAndStore(session, stream, ct);
            await session.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return events;
    }

    /// <summary>
    /// Empties the async projection <paramref name="name"/> and forgets how far Marten's daemon took it (its shards' rows),
    /// so that it replays the whole log: <see cref="LeadersDaemon"/> starts it again. Returns how many events the log holds.
    /// </summary>
    private async Task<long> ForgetProgressAsync(string table, string name, CancellationToken ct)
    {
        // The daemon's batch updates its progress row, then its documents: taken in that order here too. Should another
        // order ever meet this one, PostgreSQL ends one of the two transactions; the daemon retries its batch, and so
        // does this.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await database.Owner.DataSource.OpenConnectionAsync(ct);
                await using var tx = await connection.BeginTransactionAsync(ct);
                await ExecuteAsync(connection, tx,
                    $"LOCK TABLE ledger.mt_event_progression IN SHARE ROW EXCLUSIVE MODE; LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE; DELETE FROM {table}", ct);
                await using (var forget = new NpgsqlCommand("DELETE FROM ledger.mt_event_progression WHERE starts_with(name, $1 || ':')", connection, tx))
                {
                    forget.Parameters.Add(new NpgsqlParameter { Value = name });
                    await forget.ExecuteNonQueryAsync(ct);
                }
                await using var count = new NpgsqlCommand("SELECT count(*) FROM ledger.mt_events", connection, tx);
                var events = (long)(await count.ExecuteScalarAsync(ct))!;
                await tx.CommitAsync(ct);
                return events;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DeadlockDetected && attempt < 3)
            {
            }
        }
    }

    /// <summary>The document's table, qualified, as Marten names it.</summary>
    public static string TableOf(IDocumentStore store, Type documentType) =>
        ((StoreOptions)store.Options).Storage.FindFeature(documentType).Objects.OfType<Weasel.Postgresql.Tables.Table>().Single().Identifier.QualifiedName;

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(ct);
    }
}
