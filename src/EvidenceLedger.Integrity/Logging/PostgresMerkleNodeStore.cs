using EvidenceLedger.Integrity.Merkle;
using Npgsql;
using NpgsqlTypes;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>
/// The stored Merkle tree: level 0 from ledger.merkle_leaves, the stored levels (<see cref="StoredLevels"/>) from
/// ledger.merkle_nodes, the levels between folded from their leaves. A whole proof's nodes come back from one query.
/// Bound either to a data source (a pooled connection per call) or to a connection and transaction the caller holds,
/// so that reads share the caller's snapshot.
/// </summary>
public sealed class PostgresMerkleNodeStore : IMerkleNodeStore
{
    private const string Query = """
        SELECT CASE WHEN q.level = 0 THEN l.leaf_hash ELSE n.hash END
        FROM unnest($1::int[], $2::bigint[]) WITH ORDINALITY AS q(level, node_index, ord)
        LEFT JOIN ledger.merkle_leaves l ON q.level = 0 AND l.leaf_index = q.node_index
        LEFT JOIN ledger.merkle_nodes n ON q.level > 0 AND n.level = q.level AND n.node_index = q.node_index
        ORDER BY q.ord
        """;

    private readonly NpgsqlDataSource? _dataSource;
    private readonly NpgsqlConnection? _connection;
    private readonly NpgsqlTransaction? _transaction;

    public PostgresMerkleNodeStore(NpgsqlDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
    }

    public PostgresMerkleNodeStore(NpgsqlConnection connection, NpgsqlTransaction? transaction = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        _connection = connection;
        _transaction = transaction;
    }

    public async ValueTask<byte[]> GetAsync(int level, long index, CancellationToken ct) =>
        (await GetManyAsync([new MerkleNodeId(level, index)], ct))[0];

    public async ValueTask<IReadOnlyList<byte[]>> GetManyAsync(IReadOnlyList<MerkleNodeId> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        // A subtree below the stored levels is asked for as its leaves, and folded once they are back.
        var read = new List<MerkleNodeId>(ids.Count);
        foreach (var id in ids)
        {
            if (StoredLevels.IsStored(id.Level))
            {
                read.Add(id);
                continue;
            }

            for (var leaf = id.Index << id.Level; leaf < (id.Index + 1) << id.Level; leaf++) read.Add(new MerkleNodeId(0, leaf));
        }

        IReadOnlyList<byte[]> hashes;
        if (_connection is not null)
        {
            hashes = await QueryAsync(_connection, _transaction, read, ct);
        }
        else
        {
            await using var connection = await _dataSource!.OpenConnectionAsync(ct);
            hashes = await QueryAsync(connection, null, read, ct);
        }

        var nodes = new byte[ids.Count][];
        var next = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            var width = StoredLevels.IsStored(ids[i].Level) ? 1 : 1 << ids[i].Level;
            nodes[i] = width == 1 ? hashes[next] : Fold(hashes, next, width);
            next += width;
        }

        return nodes;
    }

    /// <summary>The hash of the complete subtree over <paramref name="count"/> (a power of two) leaf hashes from <paramref name="first"/>.</summary>
    private static byte[] Fold(IReadOnlyList<byte[]> hashes, int first, int count)
    {
        var level = new byte[count][];
        for (var i = 0; i < count; i++) level[i] = hashes[first + i];
        for (; count > 1; count /= 2)
        {
            for (var i = 0; i < count / 2; i++) level[i] = MerkleHash.Node(level[2 * i], level[(2 * i) + 1]);
        }

        return level[0];
    }

    private static async Task<IReadOnlyList<byte[]>> QueryAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        List<MerkleNodeId> ids, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(Query, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = ids.Select(id => id.Level).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer });
        command.Parameters.Add(new NpgsqlParameter { Value = ids.Select(id => id.Index).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        var hashes = new byte[ids.Count][];
        await using var reader = await command.ExecuteReaderAsync(ct);
        for (var i = 0; i < ids.Count; i++)
        {
            if (!await reader.ReadAsync(ct))
            {
                throw new InvalidOperationException("The node query answered fewer rows than it was asked for.");
            }

            hashes[i] = reader.IsDBNull(0)
                ? throw new KeyNotFoundException($"Merkle node {ids[i]} is not stored.")
                : reader.GetFieldValue<byte[]>(0);
        }

        return hashes;
    }
}
