using System.Security.Cryptography;
using System.Text;
using EvidenceLedger.EventStore.Projections;
using Npgsql;

namespace EvidenceLedger.Server.Projections;

/// <summary>
/// What a projection's live tables were built under: its version number and the SHA-256 of the tables its
/// CreateTablesAsync makes (columns, types, defaults, constraints, indexes), read back from the catalog.
/// </summary>
public sealed record ProjectionDefinition(int Version, string TablesSha256)
{
    /// <summary>
    /// Creates the projection's tables in a scratch schema inside a transaction that is rolled back, and describes them:
    /// the tables as they are made today, whatever SQL makes them.
    /// </summary>
    public static async Task<ProjectionDefinition> OfAsync(NpgsqlDataSource dataSource, ProjectionRegistration registration, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(registration);
        var scratch = ProjectionSchemas.Live(registration.Name) + "__definition";
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var create = new NpgsqlCommand($"CREATE SCHEMA \"{scratch}\"", connection, tx))
            await create.ExecuteNonQueryAsync(ct);
        await registration.Projection.CreateTablesAsync(new ProjectionContext(connection, tx, scratch), ct);
        var description = await DescribeAsync(connection, tx, "c.relnamespace = $1::regnamespace", scratch, ct);
        await tx.RollbackAsync(ct);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(description.Replace(scratch, "{schema}", StringComparison.Ordinal)));
        return new ProjectionDefinition(registration.Version, Convert.ToHexStringLower(hash));
    }

    /// <summary>A document projection's definition: its version, and its live table as the owner's migration left it.</summary>
    public static async Task<ProjectionDefinition> OfTableAsync(NpgsqlDataSource dataSource, int version, string table, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var description = await DescribeAsync(connection, null, "c.oid = $1::regclass", table, ct);
        return new ProjectionDefinition(version, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(description))));
    }

    /// <summary>The columns, indexes and constraints of the relations <paramref name="relations"/> (a condition on
    /// <c>pg_class c</c> taking <paramref name="argument"/> as <c>$1</c>) picks, one sorted line each.</summary>
    private static async Task<string> DescribeAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, string relations, string argument,
        CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT coalesce(string_agg(line, E'\n' ORDER BY line), '') FROM (
                SELECT format('column %s %s %s %s %s %s', c.relname, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod),
                              a.attnotnull, pg_get_expr(d.adbin, d.adrelid)) AS line
                FROM pg_class c
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
                WHERE {relations} AND c.relkind IN ('r', 'p', 'v', 'm')
                UNION ALL
                SELECT format('index %s', pg_get_indexdef(i.indexrelid))
                FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid WHERE {relations}
                UNION ALL
                SELECT format('constraint %s %s %s', c.relname, k.conname, pg_get_constraintdef(k.oid))
                FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid WHERE {relations}
            ) described
            """, connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = argument });
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }
}
