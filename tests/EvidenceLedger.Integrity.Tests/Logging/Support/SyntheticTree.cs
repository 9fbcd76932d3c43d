using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Merkle;
using Npgsql;
using NpgsqlTypes;

namespace EvidenceLedger.Integrity.Tests.Logging.Support;

/// <summary>A tree of synthetic leaves written straight into ledger.merkle_leaves/merkle_nodes, and the same tree in memory.</summary>
internal static class SyntheticTree
{
    public static async Task<InMemoryMerkleNodeStore> WriteAsync(NpgsqlDataSource dataSource, int size)
    {
        var memory = new InMemoryMerkleNodeStore();
        var appender = new MerkleAppender();
        var leaves = new List<MerkleNode>();
        var nodes = new List<MerkleNode>();
        for (var i = 0; i < size; i++)
        {
            var created = appender.Append(MerkleHash.Leaf(BitConverter.GetBytes(i)));
            memory.Add(created);
            leaves.Add(created[0]);
            StoredLevels.AddStoredNodes(created, nodes);
        }

        await using var batch = dataSource.CreateBatch();
        var insertLeaves = new NpgsqlBatchCommand(
            "INSERT INTO ledger.merkle_leaves SELECT i, gen_random_uuid(), i + 1, h FROM unnest($1::bigint[], $2::bytea[]) AS t(i, h)");
        insertLeaves.Parameters.Add(new NpgsqlParameter { Value = leaves.Select(l => l.Index).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        insertLeaves.Parameters.Add(new NpgsqlParameter { Value = leaves.Select(l => l.Hash).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        var insertNodes = new NpgsqlBatchCommand("INSERT INTO ledger.merkle_nodes SELECT * FROM unnest($1::int[], $2::bigint[], $3::bytea[])");
        insertNodes.Parameters.Add(new NpgsqlParameter { Value = nodes.Select(n => n.Level).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        insertNodes.Parameters.Add(new NpgsqlParameter { Value = nodes.Select(n => n.Index).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        insertNodes.Parameters.Add(new NpgsqlParameter { Value = nodes.Select(n => n.Hash).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        batch.BatchCommands.Add(insertLeaves);
        batch.BatchCommands.Add(insertNodes);
        await batch.ExecuteNonQueryAsync();
        return memory;
    }
}
