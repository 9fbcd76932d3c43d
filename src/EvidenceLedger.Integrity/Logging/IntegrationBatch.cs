using EvidenceLedger.Integrity.Merkle;
using Npgsql;
using NpgsqlTypes;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>The leaves and completed subtrees of one integration batch, written with two array INSERTs.</summary>
internal sealed class IntegrationBatch(int capacity)
{
    private readonly List<long> _leafIndexes = new(capacity);
    private readonly List<Guid> _eventIds = new(capacity);
    private readonly List<long> _positions = new(capacity);
    private readonly List<byte[]> _leafHashes = new(capacity);
    private readonly List<int> _levels = new(capacity);
    private readonly List<long> _nodeIndexes = new(capacity);
    private readonly List<byte[]> _nodeHashes = new(capacity);

    /// <summary>Appends the event's leaf to <paramref name="appender"/> and keeps every node that creates.</summary>
    public void Append(MerkleAppender appender, LoggedEvent loggedEvent)
    {
        var created = appender.Append(MerkleHash.Leaf(loggedEvent.Hash));
        _leafIndexes.Add(created[0].Index);
        _eventIds.Add(loggedEvent.EventId);
        _positions.Add(loggedEvent.Cursor.Position);
        _leafHashes.Add(created[0].Hash);
        for (var i = 1; i < created.Count; i++)
        {
            _levels.Add(created[i].Level);
            _nodeIndexes.Add(created[i].Index);
            _nodeHashes.Add(created[i].Hash);
        }
    }

    public async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        var leaves = new NpgsqlBatchCommand("""
            INSERT INTO ledger.merkle_leaves (leaf_index, event_id, position, leaf_hash)
            SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::bigint[], $4::bytea[])
            """);
        leaves.Parameters.Add(Array(_leafIndexes.ToArray(), NpgsqlDbType.Bigint));
        leaves.Parameters.Add(Array(_eventIds.ToArray(), NpgsqlDbType.Uuid));
        leaves.Parameters.Add(Array(_positions.ToArray(), NpgsqlDbType.Bigint));
        leaves.Parameters.Add(Array(_leafHashes.ToArray(), NpgsqlDbType.Bytea));
        batch.BatchCommands.Add(leaves);
        if (_levels.Count > 0)
        {
            var nodes = new NpgsqlBatchCommand("""
                INSERT INTO ledger.merkle_nodes (level, node_index, hash)
                SELECT * FROM unnest($1::int[], $2::bigint[], $3::bytea[])
                """);
            nodes.Parameters.Add(Array(_levels.ToArray(), NpgsqlDbType.Integer));
            nodes.Parameters.Add(Array(_nodeIndexes.ToArray(), NpgsqlDbType.Bigint));
            nodes.Parameters.Add(Array(_nodeHashes.ToArray(), NpgsqlDbType.Bytea));
            batch.BatchCommands.Add(nodes);
        }

        await batch.ExecuteNonQueryAsync(ct);
    }

    private static NpgsqlParameter Array(object values, NpgsqlDbType elementType) =>
        new() { Value = values, NpgsqlDbType = NpgsqlDbType.Array | elementType };
}
