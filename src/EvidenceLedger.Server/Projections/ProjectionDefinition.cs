using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace EvidenceLedger.Server.Projections;

/// <summary>
/// What a document projection was built under: its version number and the SHA-256 of its table as the catalog
/// describes it (columns, types, defaults, constraints, indexes), whatever SQL made it.
/// </summary>
public sealed record ProjectionDefinition(int Version, string TablesSha256)
{
    /// <summary>A document projection's definition: its version, and its live table as the owner's migration left it.</summary>
    public static async Task<ProjectionDefinition> OfTableAsync(NpgsqlDataSource dataSource, int version, string table, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var description = await DescribeAsync(connection, table, ct);
        return new ProjectionDefinition(version, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(description))));
    }

    /// <summary>The columns, indexes and constraints of <paramref name="table"/>, one sorted line each.</summary>
    private static async Task<string> DescribeAsync(NpgsqlConnection connection, string table, CancellationToken ct)
    {
        const string relations = "c.oid = $1::regclass";
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
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }
}
