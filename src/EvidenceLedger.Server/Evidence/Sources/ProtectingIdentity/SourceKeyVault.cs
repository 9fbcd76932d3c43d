using Npgsql;

namespace EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;

/// <summary>
/// The per-source keys protected identities are encrypted under, in <c>evidence_vault.source_keys</c>: deliberately
/// outside the event log (which is append-only) and outside every projection schema (which a rebuild drops), so that
/// deleting a key row is the one way to erase an identity, and nothing else ever does it.
/// </summary>
public sealed class SourceKeyVault(NpgsqlDataSource dataSource)
{
    public const string Schema = "evidence_vault";
    public const string Table = "\"evidence_vault\".\"source_keys\"";
    private const long SetupLockKey = 0x4C45444745520310;

    /// <summary>Creates the vault table (idempotent; every process may call it at start).</summary>
    public async Task EnsureCreatedAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({SetupLockKey})", connection, tx))
            await lockCommand.ExecuteNonQueryAsync(ct);
        await using (var create = new NpgsqlCommand($"""
            CREATE SCHEMA IF NOT EXISTS "{Schema}";
            CREATE TABLE IF NOT EXISTS {Table} (
                key_id     text        PRIMARY KEY,
                source_id  uuid        NOT NULL,
                key        bytea       NOT NULL CHECK (length(key) = 32),
                created_at timestamptz NOT NULL DEFAULT now());
            CREATE INDEX IF NOT EXISTS source_keys_by_source ON {Table} (source_id);
            """, connection, tx))
            await create.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task<byte[]?> FindAsync(string keyId, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await FindAsync(connection, null, keyId, ct);
    }

    internal static async Task<byte[]?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, string keyId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT key FROM {Table} WHERE key_id = $1", connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = keyId });
        return await command.ExecuteScalarAsync(ct) as byte[];
    }

    internal static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string keyId, Guid sourceId, byte[] key, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"INSERT INTO {Table} (key_id, source_id, key) VALUES ($1, $2, $3)", connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = keyId });
        command.Parameters.Add(new NpgsqlParameter { Value = sourceId });
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Destroys every key of the source; returns how many there were.</summary>
    internal static async Task<int> DestroyAsync(NpgsqlConnection connection, NpgsqlTransaction tx, Guid sourceId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"DELETE FROM {Table} WHERE source_id = $1", connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = sourceId });
        return await command.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>Creates the vault table before the server starts listening.</summary>
public sealed class SourceKeyVaultSetup(SourceKeyVault vault) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => vault.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
