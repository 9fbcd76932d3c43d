using EvidenceLedger.Integrity.Merkle;
using Npgsql;
using NpgsqlTypes;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>
/// Writes one integration batch: each event's leaf with its chain hashes, and the completed subtrees it closes that are
/// stored (<see cref="StoredLevels"/>), with one binary COPY for each table (a batch is thousands of rows; COPY spares the
/// array parameters and the per-row INSERT work). The leaves are hashed while they stream, so the database inserts one
/// while the next is hashed.
/// </summary>
internal static class IntegrationBatch
{
    /// <summary>Appends every event's leaf to <paramref name="appender"/>; writes on the connection's open transaction.</summary>
    public static async Task WriteAsync(NpgsqlConnection connection, MerkleAppender appender, IReadOnlyList<ChainedEvent> events,
        CancellationToken ct)
    {
        var nodes = new List<MerkleNode>(events.Count);
        await using (var leaves = await connection.BeginBinaryImportAsync(
            "COPY ledger.merkle_leaves (leaf_index, event_id, position, previous_hash, hash, leaf_hash) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var e in events)
            {
                var created = appender.Append(MerkleHash.Leaf(e.Hash));
                await leaves.StartRowAsync(ct);
                await leaves.WriteAsync(created[0].Index, NpgsqlDbType.Bigint, ct);
                await leaves.WriteAsync(e.EventId, NpgsqlDbType.Uuid, ct);
                await leaves.WriteAsync(e.Position, NpgsqlDbType.Bigint, ct);
                if (e.PreviousHash is null) await leaves.WriteNullAsync(ct);
                else await leaves.WriteAsync(e.PreviousHash, NpgsqlDbType.Bytea, ct);
                await leaves.WriteAsync(e.Hash, NpgsqlDbType.Bytea, ct);
                await leaves.WriteAsync(created[0].Hash, NpgsqlDbType.Bytea, ct);
                StoredLevels.AddStoredNodes(created, nodes);
            }
            await leaves.CompleteAsync(ct);
        }

        if (nodes.Count == 0) return;
        await using var copy = await connection.BeginBinaryImportAsync("COPY ledger.merkle_nodes (level, node_index, hash) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var node in nodes)
        {
            await copy.StartRowAsync(ct);
            await copy.WriteAsync(node.Level, NpgsqlDbType.Integer, ct);
            await copy.WriteAsync(node.Index, NpgsqlDbType.Bigint, ct);
            await copy.WriteAsync(node.Hash, NpgsqlDbType.Bytea, ct);
        }
        await copy.CompleteAsync(ct);
    }
}
