using Npgsql;

namespace EvidenceLedger.EventStore.Reading;

/// <summary>
/// Where a background reader of the complete log (the Merkle log's integrator) got to, in ledger.projection_checkpoints;
/// a write always shares the transaction of the rows it covers.
/// </summary>
public static class LogCheckpoints
{
    public static async Task<LogCursor> LoadAsync(NpgsqlConnection connection, string name, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT position FROM ledger.projection_checkpoints WHERE name = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new LogCursor(reader.GetInt64(0)) : LogCursor.Start;
    }

    public static async Task SaveAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string name, LogCursor cursor, string schema, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO ledger.projection_checkpoints (name, position, schema_name, updated_at) VALUES ($1, $2, $3, now())
            ON CONFLICT (name) DO UPDATE SET position = excluded.position,
                schema_name = excluded.schema_name, updated_at = excluded.updated_at
            """, connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = cursor.Position });
        command.Parameters.Add(new NpgsqlParameter { Value = schema });
        await command.ExecuteNonQueryAsync(ct);
    }
}
