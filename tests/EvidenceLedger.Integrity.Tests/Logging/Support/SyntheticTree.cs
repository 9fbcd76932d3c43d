using System.Security.Cryptography;
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
        var eventHashes = new List<byte[]>();
        var leaves = new List<MerkleNode>();
        var nodes = new List<MerkleNode>();
        for (var i = 0; i < size; i++)
        {
            eventHashes.Add(SHA256.HashData(BitConverter.GetBytes(i)));
            var created = appender.Append(MerkleHash.Leaf(eventHashes[^1]));
            memory.Add(created);
            leaves.Add(created[0]);
            StoredLevels.AddStoredNodes(created, nodes);
        }

        await using var batch = dataSource.CreateBatch();
        var insertLeaves = new NpgsqlBatchCommand(
            "INSERT INTO ledger.merkle_leaves (leaf_index, event_id, position, hash, leaf_hash) SELECT i, gen_random_uuid(), i + 1, e, h FROM unnest($1::bigint[], $2::bytea[], $3::bytea[]) AS t(i, h, e)");
        insertLeaves.Parameters.Add(new NpgsqlParameter { Value = leaves.Select(l => l.Index).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        insertLeaves.Parameters.Add(new NpgsqlParameter { Value = leaves.Select(l => l.Hash).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        insertLeaves.Parameters.Add(new NpgsqlParameter { Value = eventHashes.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
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
