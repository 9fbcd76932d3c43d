using Npgsql;

namespace EvidenceLedger.Server.Projections;

/// <summary>ledger.projection_definitions: the definition each projection's live tables were last built under.</summary>
public static class RecordedDefinitions
{
    public static async Task<ProjectionDefinition?> LoadAsync(NpgsqlDataSource dataSource, string name, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("SELECT version, tables_sha256 FROM ledger.projection_definitions WHERE name = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new ProjectionDefinition(reader.GetInt32(0), reader.GetString(1)) : null;
    }

    public static async Task SaveAsync(NpgsqlDataSource dataSource, string name, ProjectionDefinition definition, long events, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO ledger.projection_definitions (name, version, tables_sha256, events, rebuilt_at) VALUES ($1, $2, $3, $4, now())
            ON CONFLICT (name) DO UPDATE SET version = excluded.version, tables_sha256 = excluded.tables_sha256,
                events = excluded.events, rebuilt_at = excluded.rebuilt_at
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        command.Parameters.Add(new NpgsqlParameter { Value = definition.Version });
        command.Parameters.Add(new NpgsqlParameter { Value = definition.TablesSha256 });
        command.Parameters.Add(new NpgsqlParameter { Value = events });
        await command.ExecuteNonQueryAsync(ct);
    }
}
