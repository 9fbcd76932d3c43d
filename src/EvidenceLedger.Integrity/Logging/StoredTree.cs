using Npgsql;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>Small reads of the stored tree that several services share.</summary>
internal static class StoredTree
{
    private const string SizeQuery = "SELECT coalesce(max(leaf_index) + 1, 0) FROM ledger.merkle_leaves";

    public static async Task<long> SizeAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(SizeQuery, connection, transaction);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>The tree size and the leaf whose <paramref name="column"/> (leaf_index or event_id) is <paramref name="value"/>, in one round trip.</summary>
    public static async Task<(long Size, MerkleLeaf? Leaf)> SizeAndLeafAsync(NpgsqlConnection connection, string column, object value, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT ({SizeQuery}), l.leaf_index, l.event_id, l.position, l.leaf_hash
            FROM (SELECT 1) AS one LEFT JOIN ledger.merkle_leaves l ON l.{column} = $1
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = value });
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var leaf = reader.IsDBNull(1)
            ? null
            : new MerkleLeaf(reader.GetInt64(1), reader.GetGuid(2), reader.GetInt64(3), reader.GetFieldValue<byte[]>(4));
        return (reader.GetInt64(0), leaf);
    }
}
