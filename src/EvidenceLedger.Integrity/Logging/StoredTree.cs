using Npgsql;
using NpgsqlTypes;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>Small reads of the stored tree that several services share.</summary>
internal static class StoredTree
{
    public const string SizeQuery = "SELECT coalesce(max(leaf_index) + 1, 0) FROM ledger.merkle_leaves";

    public static async Task<long> SizeAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(SizeQuery, connection, transaction);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>The leaves of those of <paramref name="eventIds"/> that have one, in no particular order.</summary>
    public static async Task<IReadOnlyList<MerkleLeaf>> LeavesOfAsync(NpgsqlConnection connection, IReadOnlyCollection<Guid> eventIds, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT leaf_index, event_id, position, leaf_hash FROM ledger.merkle_leaves WHERE event_id = ANY($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = eventIds.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        var leaves = new List<MerkleLeaf>(eventIds.Count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            leaves.Add(Leaf(reader, 0));
        }

        return leaves;
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
        return (reader.GetInt64(0), reader.IsDBNull(1) ? null : Leaf(reader, 1));
    }

    /// <summary>The leaf in the columns leaf_index, event_id, position, leaf_hash from <paramref name="first"/> on.</summary>
    private static MerkleLeaf Leaf(NpgsqlDataReader reader, int first) =>
        new(reader.GetInt64(first), reader.GetGuid(first + 1), reader.GetInt64(first + 2), reader.GetFieldValue<byte[]>(first + 3));
}
