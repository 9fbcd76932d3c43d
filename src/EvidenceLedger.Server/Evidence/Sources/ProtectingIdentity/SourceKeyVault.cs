using EvidenceLedger.EventStore.Schema;
using EvidenceLedger.Server.Hosting;
using Npgsql;

namespace EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;

/// <summary>
/// The per-source keys protected identities are encrypted under, in <c>evidence_vault.wrapped_source_keys</c>: outside
/// the event log (append-only) and every projection schema (which a rebuild drops), and only ever wrapped under a
/// key-encryption key (<see cref="KeyEncryptionKeys"/>) that lives in a file, never in PostgreSQL.
/// </summary>
/// <remarks>
/// Deleting a key row alone would not erase an identity: the row lives on in the table's old pages, the WAL, dumps and
/// backups. So shredding also rotates the KEK: every live key is re-wrapped under a fresh one and the old one is removed
/// from the file, after which no surviving copy of the database holds anything that opens the shredded key.
/// The rotation is crash-safe: the file lists the old KEK as retiring until no row is wrapped under it any more
/// (<see cref="SettleAsync"/>, also run at every start).
/// </remarks>
public sealed class SourceKeyVault(NpgsqlDataSource dataSource, KeyEncryptionKeys keks)
{
    public const string Schema = "evidence_vault";
    public const string Table = "\"evidence_vault\".\"wrapped_source_keys\"";
    private const string PlainTable = "\"evidence_vault\".\"source_keys\"";
    private const long SetupLockKey = 0x4C45444745520310;
    private const long RotationLockKey = 0x4C45444745520311;

    public KeyEncryptionKeys Keks => keks;

    /// <summary>
    /// Creates the vault table as the owner role (granting the server's role its use), wraps the keys of a vault that kept
    /// them in the clear, and finishes an interrupted rotation.
    /// </summary>
    public async Task EnsureCreatedAsync(SchemaOwner owner, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(owner);
        await using (var connection = await owner.DataSource.OpenConnectionAsync(ct))
        await using (var tx = await connection.BeginTransactionAsync(ct))
        {
            await ExecuteAsync(connection, tx, $"SELECT pg_advisory_xact_lock({SetupLockKey})", ct);
            await ExecuteAsync(connection, tx, $"""
                CREATE SCHEMA IF NOT EXISTS "{Schema}";
                CREATE TABLE IF NOT EXISTS {Table} (
                    key_id      text        PRIMARY KEY,
                    source_id   uuid        NOT NULL,
                    kek_id      text        NOT NULL,
                    wrapped_key bytea       NOT NULL,
                    created_at  timestamptz NOT NULL DEFAULT now());
                CREATE INDEX IF NOT EXISTS wrapped_source_keys_by_source ON {Table} (source_id);
                """, ct);
            await WrapPlainKeysAsync(connection, tx, ct);
            await owner.GrantAsync(connection, tx, Schema, ct);
            await tx.CommitAsync(ct);
        }
        await SettleAsync(ct);
    }

    /// <summary>The source key <paramref name="keyId"/>, or null when it was destroyed (or its KEK is gone).</summary>
    public async Task<byte[]?> FindAsync(string keyId, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        return await FindAsync(connection, null, keyId, ct);
    }

    internal async Task<byte[]?> FindAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, string keyId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"SELECT kek_id, wrapped_key FROM {Table} WHERE key_id = $1", connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = keyId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;
        var kek = keks.Load().Find(reader.GetString(0));
        return kek is null ? null : KeyWrap.Unwrap(kek, keyId, reader.GetFieldValue<byte[]>(1));
    }

    internal async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction tx, string keyId, Guid sourceId, byte[] key, CancellationToken ct)
    {
        // Taken before the KEK is read: a rotation (EXCLUSIVE) then either finished already or waits for this insert.
        await ExecuteAsync(connection, tx, $"LOCK TABLE {Table} IN ROW EXCLUSIVE MODE", ct);
        var current = keks.Load().Current;
        await using var command = new NpgsqlCommand($"INSERT INTO {Table} (key_id, source_id, kek_id, wrapped_key) VALUES ($1, $2, $3, $4)", connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = keyId });
        command.Parameters.Add(new NpgsqlParameter { Value = sourceId });
        command.Parameters.Add(new NpgsqlParameter { Value = current.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = KeyWrap.Wrap(current, keyId, key) });
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Destroys every key of the source and re-wraps every other key under a fresh KEK, in the caller's transaction,
    /// with the rotation held (<see cref="HoldRotationAsync"/>). The new KEK is in the file before anything is re-wrapped,
    /// the old one stays listed as retiring: call <see cref="SettleHeldAsync"/> once the transaction has ended
    /// (committed or not) to remove it.
    /// </summary>
    /// <returns>How many keys the source had.</returns>
    internal async Task<int> ShredAsync(NpgsqlConnection connection, NpgsqlTransaction tx, Guid sourceId, CancellationToken ct)
    {
        await ExecuteAsync(connection, tx, $"LOCK TABLE {Table} IN EXCLUSIVE MODE", ct);
        var ring = keks.Load();
        var fresh = Kek.New();
        keks.Save(new KekRing(fresh, [ring.Current, .. ring.Retiring]));

        await using var delete = new NpgsqlCommand($"DELETE FROM {Table} WHERE source_id = $1", connection, tx);
        delete.Parameters.Add(new NpgsqlParameter { Value = sourceId });
        var destroyed = await delete.ExecuteNonQueryAsync(ct);
        await RewrapAsync(connection, tx, keks.Load(), onlyFrom: null, ct);
        return destroyed;
    }

    /// <summary>
    /// Serializes rotations (across processes: a session advisory lock), so that each one's edits of the key file
    /// happen alone. Hold it around a shred and its <see cref="SettleHeldAsync"/>.
    /// </summary>
    public async Task<IAsyncDisposable> HoldRotationAsync(CancellationToken ct)
    {
        var connection = await dataSource.OpenConnectionAsync(ct);
        try
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({RotationLockKey})", ct);
            return new RotationHold(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Ends any rotation left unfinished (by a crash): see <see cref="SettleHeldAsync"/>.</summary>
    public async Task SettleAsync(CancellationToken ct)
    {
        await using (await HoldRotationAsync(ct)) await SettleHeldAsync(ct);
    }

    /// <summary>
    /// With the rotation held: re-wraps what is still under a retiring KEK under the current one, then removes every
    /// retiring KEK from the file, destroying it.
    /// </summary>
    public async Task SettleHeldAsync(CancellationToken ct)
    {
        var ring = keks.Load();
        if (ring.Retiring.Count == 0) return;
        await using (var connection = await dataSource.OpenConnectionAsync(ct))
        await using (var tx = await connection.BeginTransactionAsync(ct))
        {
            await ExecuteAsync(connection, tx, $"LOCK TABLE {Table} IN EXCLUSIVE MODE", ct);
            await RewrapAsync(connection, tx, ring, onlyFrom: ring.Retiring.Select(kek => kek.Id).ToArray(), ct);
            await tx.CommitAsync(ct);
        }
        keks.Save(new KekRing(ring.Current, []));
    }

    private async Task RewrapAsync(NpgsqlConnection connection, NpgsqlTransaction tx, KekRing ring, string[]? onlyFrom, CancellationToken ct)
    {
        var rows = new List<(string KeyId, string KekId, byte[] Wrapped)>();
        await using (var select = new NpgsqlCommand(
            $"SELECT key_id, kek_id, wrapped_key FROM {Table} WHERE kek_id <> $1 AND ($2::text[] IS NULL OR kek_id = ANY($2))", connection, tx))
        {
            select.Parameters.Add(new NpgsqlParameter { Value = ring.Current.Id });
            select.Parameters.Add(new NpgsqlParameter { Value = (object?)onlyFrom ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text });
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) rows.Add((reader.GetString(0), reader.GetString(1), reader.GetFieldValue<byte[]>(2)));
        }

        foreach (var (keyId, kekId, wrapped) in rows)
        {
            var key = ring.Find(kekId) is { } kek ? KeyWrap.Unwrap(kek, keyId, wrapped) : null;
            if (key is null)
                throw new InvalidOperationException($"The vault key {keyId} is wrapped under {kekId}, which {keks.Path} does not hold: it cannot be re-wrapped. Restore that key file.");
            await using var update = new NpgsqlCommand($"UPDATE {Table} SET kek_id = $2, wrapped_key = $3 WHERE key_id = $1", connection, tx);
            update.Parameters.Add(new NpgsqlParameter { Value = keyId });
            update.Parameters.Add(new NpgsqlParameter { Value = ring.Current.Id });
            update.Parameters.Add(new NpgsqlParameter { Value = KeyWrap.Wrap(ring.Current, keyId, key) });
            await update.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>Earlier vaults kept the keys in the clear: wrap them and drop that table.</summary>
    private async Task WrapPlainKeysAsync(NpgsqlConnection connection, NpgsqlTransaction tx, CancellationToken ct)
    {
        await using (var exists = new NpgsqlCommand($"SELECT to_regclass('{PlainTable}') IS NOT NULL", connection, tx))
            if (!(bool)(await exists.ExecuteScalarAsync(ct))!) return;

        var current = keks.Load().Current;
        var plain = new List<(string KeyId, Guid SourceId, byte[] Key)>();
        await using (var select = new NpgsqlCommand($"SELECT key_id, source_id, key FROM {PlainTable}", connection, tx))
        await using (var reader = await select.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) plain.Add((reader.GetString(0), reader.GetGuid(1), reader.GetFieldValue<byte[]>(2)));
        foreach (var (keyId, sourceId, key) in plain)
        {
            await using var insert = new NpgsqlCommand(
                $"INSERT INTO {Table} (key_id, source_id, kek_id, wrapped_key) VALUES ($1, $2, $3, $4) ON CONFLICT (key_id) DO NOTHING", connection, tx);
            insert.Parameters.Add(new NpgsqlParameter { Value = keyId });
            insert.Parameters.Add(new NpgsqlParameter { Value = sourceId });
            insert.Parameters.Add(new NpgsqlParameter { Value = current.Id });
            insert.Parameters.Add(new NpgsqlParameter { Value = KeyWrap.Wrap(current, keyId, key) });
            await insert.ExecuteNonQueryAsync(ct);
        }
        await ExecuteAsync(connection, tx, $"DROP TABLE {PlainTable}", ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>A held rotation lock, released before its connection goes back to the pool (which does not reset sessions).</summary>
internal sealed class RotationHold(NpgsqlConnection connection) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", connection);
            await unlock.ExecuteNonQueryAsync();
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}

/// <summary>Creates the vault table before the server starts listening.</summary>
public sealed class SourceKeyVaultSetup(SourceKeyVault vault, LedgerDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => vault.EnsureCreatedAsync(database.Owner, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
