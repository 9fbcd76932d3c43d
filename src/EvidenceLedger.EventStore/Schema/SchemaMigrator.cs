using System.Reflection;
using EvidenceLedger.EventStore.MartenStorage;
using Npgsql;

namespace EvidenceLedger.EventStore.Schema;

/// <summary>
/// Creates and migrates the <c>ledger</c> schema from versioned .sql files, each applied once, in order,
/// in its own transaction, under an advisory lock so that concurrent starters never race.
/// </summary>
public static class SchemaMigrator
{
    private const long MigrationLockKey = 0x4C45444745520001; // "LEDGER" + 1
    // 0001–0003 were the ledger's own event table, before the events moved into Marten's.
    private const int FirstMartenMigration = 10;

    /// <param name="documents">The host's Marten documents (<see cref="LedgerMarten.Configure"/>), whose tables Marten makes here.</param>
    public static async Task MigrateAsync(string ownerConnectionString, string? appRole, IEnumerable<Assembly> modules,
        Action<Marten.StoreOptions>? documents = null, CancellationToken ct = default)
    {
        var migrations = modules.Prepend(typeof(SchemaMigrator).Assembly).Distinct()
            .SelectMany(MigrationSource.From).OrderBy(m => m.Version).ToList();
        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"Two migrations share version {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}.");

        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(ct);
        await Execute(connection, null, $"SELECT pg_advisory_lock({MigrationLockKey})", ct);
        try
        {
            await Execute(connection, null, """
                CREATE SCHEMA IF NOT EXISTS ledger;
                CREATE TABLE IF NOT EXISTS ledger.schema_migrations (
                    version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
                """, ct);
            var applied = new HashSet<int>();
            await using (var command = new NpgsqlCommand("SELECT version FROM ledger.schema_migrations", connection))
            await using (var reader = await command.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) applied.Add(reader.GetInt32(0));
            if (applied.Any(version => version < FirstMartenMigration)) throw new EarlierLedgerFormatException();

            // Marten's tables first: the ledger's migrations put its chain, triggers and views on them.
            await LedgerMarten.ApplySchemaAsync(ownerConnectionString, documents);

            foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
            {
                await using var tx = await connection.BeginTransactionAsync(ct);
                await Execute(connection, tx, migration.Sql, ct);
                await using (var record = new NpgsqlCommand("INSERT INTO ledger.schema_migrations (version, name) VALUES ($1, $2)", connection, tx))
                {
                    record.Parameters.Add(new() { Value = migration.Version });
                    record.Parameters.Add(new() { Value = migration.Name });
                    await record.ExecuteNonQueryAsync(ct);
                }
                await tx.CommitAsync(ct);
            }

            if (appRole is not null) await GrantAppRole(connection, appRole, ct);
        }
        finally
        {
            await Execute(connection, null, $"SELECT pg_advisory_unlock({MigrationLockKey})", ct);
        }
    }

    /// <summary>
    /// The role the application writes with may read everything, insert events and their chain rows (the Merkle log's
    /// integrator writes those), move a stream's head forward, and never update, delete or truncate an event or its chain
    /// row, nor create anything.
    /// </summary>
    private static Task GrantAppRole(NpgsqlConnection connection, string appRole, CancellationToken ct) =>
        Execute(connection, null, $$"""
            DO $grant$
            DECLARE r text := {{Quote(appRole)}};
            BEGIN
                -- No CREATE: every schema change after the migrations is the owner's (SchemaOwner).
                EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I', current_database(), r);
                EXECUTE format('REVOKE CREATE ON DATABASE %I FROM %I', current_database(), r);
                EXECUTE format('GRANT USAGE ON SCHEMA ledger TO %I', r);
                EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA ledger TO %I', r);
                EXECUTE format('GRANT INSERT, UPDATE ON ALL TABLES IN SCHEMA ledger TO %I', r);
                EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ledger.events, ledger.streams, ledger.schema_migrations FROM %I', r);
                EXECUTE format('REVOKE UPDATE ON ledger.mt_events, ledger.event_chain FROM %I', r);
                EXECUTE format('REVOKE DELETE, TRUNCATE ON ALL TABLES IN SCHEMA ledger FROM %I', r);
                -- SELECT: Marten's async daemon reads the event sequence's last value to find its high-water mark.
                EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ledger TO %I', r);
                EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ledger TO %I', r);
            END $grant$;
            """, ct);

    private static string Quote(string literal) => "'" + literal.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync(ct);
    }
}
