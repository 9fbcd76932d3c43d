using System.Security.Cryptography;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Merkle;
using Npgsql;
using NpgsqlTypes;

namespace EvidenceLedger.Server.Integrity.Benchmarking;

/// <summary>Fills the Merkle tables with a tree of synthetic leaves by COPY: the proof figures need a million leaves, not a million events.</summary>
internal static class SyntheticLeaves
{
    public static async Task WriteAsync(NpgsqlDataSource dataSource, long size, CancellationToken ct)
    {
        await using var leafConnection = await dataSource.OpenConnectionAsync(ct);
        await using var nodeConnection = await dataSource.OpenConnectionAsync(ct);
        var appender = new MerkleAppender();
        var stored = new List<MerkleNode>();
        await using (var leaves = await leafConnection.BeginBinaryImportAsync(
            "COPY ledger.merkle_leaves (leaf_index, event_id, position, hash, leaf_hash) FROM STDIN (FORMAT BINARY)", ct))
        await using (var nodes = await nodeConnection.BeginBinaryImportAsync("COPY ledger.merkle_nodes (level, node_index, hash) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var i = 0L; i < size; i++)
            {
                var eventHash = SHA256.HashData(BitConverter.GetBytes(i));
                var created = appender.Append(MerkleHash.Leaf(eventHash));
                await leaves.StartRowAsync(ct);
                await leaves.WriteAsync(i, NpgsqlDbType.Bigint, ct);
                await leaves.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid, ct);
                await leaves.WriteAsync(i + 1, NpgsqlDbType.Bigint, ct);
                await leaves.WriteAsync(eventHash, NpgsqlDbType.Bytea, ct);
                await leaves.WriteAsync(created[0].Hash, NpgsqlDbType.Bytea, ct);
                stored.Clear();
                StoredLevels.AddStoredNodes(created, stored);
                foreach (var node in stored)
                {
                    await nodes.StartRowAsync(ct);
                    await nodes.WriteAsync(node.Level, NpgsqlDbType.Integer, ct);
                    await nodes.WriteAsync(node.Index, NpgsqlDbType.Bigint, ct);
                    await nodes.WriteAsync(node.Hash, NpgsqlDbType.Bytea, ct);
                }
            }

            await leaves.CompleteAsync(ct);
            await nodes.CompleteAsync(ct);
        }

        await using var analyze = new NpgsqlCommand("ANALYZE ledger.merkle_leaves; ANALYZE ledger.merkle_nodes", leafConnection);
        await analyze.ExecuteNonQueryAsync(ct);
    }
}
