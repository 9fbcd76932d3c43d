using EvidenceLedger.EventStore.Schema;
using Npgsql;

namespace EvidenceLedger.EventStore.Projections;

/// <summary>
/// Creates each projection's live schema and tables once, as the owner role, granting the server's role their use;
/// idempotent, so every process may call it at start.
/// </summary>
public static class ProjectionSetup
{
    private const long SetupLockKey = 0x4C45444745520002;

    public static async Task EnsureCreatedAsync(SchemaOwner owner, IEnumerable<IProjection> projections, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        await using var connection = await owner.DataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({SetupLockKey})", connection, tx))
            await lockCommand.ExecuteNonQueryAsync(ct);
        foreach (var projection in projections)
        {
            var schema = ProjectionSchemas.Live(projection.Name);
            await using var exists = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)", connection, tx);
            exists.Parameters.Add(new NpgsqlParameter { Value = schema });
            if ((bool)(await exists.ExecuteScalarAsync(ct))!) continue;
            await using (var create = new NpgsqlCommand($"CREATE SCHEMA \"{schema}\"", connection, tx))
                await create.ExecuteNonQueryAsync(ct);
            await projection.CreateTablesAsync(new ProjectionContext(connection, tx, schema), ct);
            await owner.GrantAsync(connection, tx, schema, ct);
        }
        await tx.CommitAsync(ct);
    }
}
