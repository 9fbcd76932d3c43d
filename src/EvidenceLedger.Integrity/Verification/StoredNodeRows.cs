using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Merkle;
using Npgsql;
using NpgsqlTypes;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>Reads of ledger.merkle_nodes (its stored levels, <see cref="StoredLevels"/>) by the leaves that complete them, so the rebuilt tree can be compared batch by batch.</summary>
internal static class StoredNodeRows
{
    /// <summary>
    /// Stored nodes completed by a leaf in [<paramref name="fromLeaf"/>, <paramref name="toLeaf"/>): node (L, i) is completed
    /// by leaf (i+1)·2^L − 1, so at each level those are i from fromLeaf >> L to (toLeaf >> L) − 1, an index range scan.
    /// </summary>
    public static async Task<Dictionary<MerkleNodeId, byte[]>> CompletedByAsync(NpgsqlConnection connection, long fromLeaf, long toLeaf, CancellationToken ct)
    {
        var levels = new List<int>();
        var lows = new List<long>();
        var highs = new List<long>();
        for (var level = StoredLevels.Lowest; level <= 62 && (toLeaf >> level) > 0; level++)
        {
            var (low, high) = (fromLeaf >> level, (toLeaf >> level) - 1);
            if (low <= high)
            {
                levels.Add(level);
                lows.Add(low);
                highs.Add(high);
            }
        }

        var nodes = new Dictionary<MerkleNodeId, byte[]>();
        if (levels.Count == 0)
        {
            return nodes;
        }

        // One index range scan per level: as a plain join (or a subquery it may flatten, hence OFFSET 0) the planner scans the whole table.
        await using var command = new NpgsqlCommand("""
            SELECT n.level, n.node_index, n.hash
            FROM unnest($1::int[], $2::bigint[], $3::bigint[]) AS r(level, low, high)
            CROSS JOIN LATERAL (
                SELECT m.level, m.node_index, m.hash FROM ledger.merkle_nodes m
                WHERE m.level = r.level AND m.node_index BETWEEN r.low AND r.high OFFSET 0) AS n
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = levels.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = lows.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = highs.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            nodes[new MerkleNodeId(reader.GetInt32(0), reader.GetInt64(1))] = reader.GetFieldValue<byte[]>(2);
        }

        return nodes;
    }

    /// <summary>Per level, how many stored nodes cover a leaf at or beyond <paramref name="treeSize"/>.</summary>
    public static async Task<List<(int Level, long Count)>> BeyondAsync(NpgsqlConnection connection, long treeSize, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT r.level, n.count
            FROM generate_series($2, 62) AS r(level)
            CROSS JOIN LATERAL (
                SELECT count(*) AS count FROM ledger.merkle_nodes m WHERE m.level = r.level AND m.node_index >= ($1 >> r.level)) AS n
            WHERE n.count > 0
            ORDER BY r.level
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = treeSize });
        command.Parameters.Add(new NpgsqlParameter { Value = StoredLevels.Lowest });
        var beyond = new List<(int, long)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            beyond.Add((reader.GetInt32(0), reader.GetInt64(1)));
        }

        return beyond;
    }
}
