using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Schema;
using Npgsql;

namespace EvidenceLedger.EventStore.Projections;

/// <summary>
/// Replays the whole log into a fresh schema, then in one transaction catches up the rest and swaps the fresh
/// schema for the live one, so readers see either the old tables or the complete new ones, never a half-built state.
/// </summary>
/// <param name="owner">Makes the fresh schema and swaps it in (the server's role may not), granting the server's role its tables.</param>
public sealed class ProjectionRebuilder(SchemaOwner owner, int batchSize = 2000)
{
    public async Task RebuildAsync(IProjection projection, ProjectionLifecycle lifecycle, CancellationToken ct = default)
    {
        var live = ProjectionSchemas.Live(projection.Name);
        var fresh = ProjectionSchemas.Rebuild(projection.Name);
        await using var connection = await owner.DataSource.OpenConnectionAsync(ct);

        await using (var tx = await connection.BeginTransactionAsync(ct))
        {
            await Execute(connection, tx, $"DROP SCHEMA IF EXISTS \"{fresh}\" CASCADE; CREATE SCHEMA \"{fresh}\"", ct);
            await projection.CreateTablesAsync(new ProjectionContext(connection, tx, fresh), ct);
            await owner.GrantAsync(connection, tx, fresh, ct);
            await tx.CommitAsync(ct);
        }

        var cursor = LogCursor.Start;
        while (true)
        {
            var batch = await LedgerEventStore.ReadLogAsync(connection, cursor, batchSize, ct);
            if (batch.Count == 0) break;
            await using (var tx = await connection.BeginTransactionAsync(ct))
            {
                await projection.ApplyAsync(new ProjectionContext(connection, tx, fresh), batch, ct);
                await tx.CommitAsync(ct);
            }
            cursor = batch[^1].Cursor;
            if (batch.Count < batchSize) break;
        }

        await using (var tx = await connection.BeginTransactionAsync(ct))
        {
            if (lifecycle == ProjectionLifecycle.Inline)
            {
                // Appenders write the live tables in their own transactions: lock them out, then take every committed
                // event (no horizon needed: whatever commits later finds the swapped-in tables and applies itself).
                await LockLiveTablesAsync(connection, tx, live, ct);
                await ApplyRemainingAsync(connection, tx, projection, fresh, cursor, belowHorizon: false, ct);
            }
            else
            {
                cursor = await ApplyRemainingAsync(connection, tx, projection, fresh, cursor, belowHorizon: true, ct);
                await ProjectionCheckpoints.SaveAsync(connection, tx, projection.Name, cursor, live, ct);
            }
            await Execute(connection, tx, $"DROP SCHEMA IF EXISTS \"{live}\" CASCADE; ALTER SCHEMA \"{fresh}\" RENAME TO \"{live}\"", ct);
            await tx.CommitAsync(ct);
        }
    }

    private static async Task<LogCursor> ApplyRemainingAsync(NpgsqlConnection connection, NpgsqlTransaction tx, IProjection projection,
        string schema, LogCursor after, bool belowHorizon, CancellationToken ct)
    {
        var events = await LedgerEventStore.ReadLogAsync(connection, tx, after, maxCount: null, belowHorizon, ct);
        if (events.Count == 0) return after;
        await projection.ApplyAsync(new ProjectionContext(connection, tx, schema), events, ct);
        return events[^1].Cursor;
    }

    private static async Task LockLiveTablesAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string schema, CancellationToken ct)
    {
        var tables = new List<string>();
        await using (var command = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = $1", connection, tx))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = schema });
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) tables.Add(reader.GetString(0));
        }
        if (tables.Count > 0)
            await Execute(connection, tx, $"LOCK TABLE {string.Join(", ", tables.Select(t => $"\"{schema}\".\"{t}\""))} IN ACCESS EXCLUSIVE MODE", ct);
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(ct);
    }
}
