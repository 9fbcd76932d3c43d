using EvidenceLedger.Integrity.Logging;
using Npgsql;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>Keyset-paged reads of leaves and checkpoints, and the point lookups that locate a mismatch.</summary>
internal static class StoredRows
{
    public static async Task<List<MerkleLeaf>> LeavesAfterAsync(NpgsqlConnection connection, long afterIndex, int count, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT leaf_index, event_id, position, leaf_hash FROM ledger.merkle_leaves WHERE leaf_index > $1 ORDER BY leaf_index LIMIT $2", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = afterIndex });
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        var leaves = new List<MerkleLeaf>(count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            leaves.Add(new MerkleLeaf(reader.GetInt64(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetFieldValue<byte[]>(3)));
        }

        return leaves;
    }

    public static async Task<List<StoredCheckpoint>> CheckpointsAfterAsync(NpgsqlConnection connection, long afterSize, int count, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT {CheckpointLog.Columns} FROM ledger.checkpoints WHERE tree_size > $1 ORDER BY tree_size LIMIT $2", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = afterSize });
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        var checkpoints = new List<StoredCheckpoint>(count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            checkpoints.Add(CheckpointLog.Read(reader));
        }

        return checkpoints;
    }

    /// <summary>
    /// The leaf that records <paramref name="eventId"/>, wherever it is. No index finds a leaf by event id (leaves are keyed
    /// by position, and a tampered event's position is the very fact in doubt), so this reads through the leaves: verify
    /// asks only to tell a reordering from an insertion, once per problem it reports.
    /// </summary>
    public static Task<long?> LeafIndexOfAsync(NpgsqlConnection connection, Guid eventId, CancellationToken ct) =>
        ScalarAsync(connection, "SELECT leaf_index FROM ledger.merkle_leaves WHERE event_id = $1 LIMIT 1", ct, eventId);

    /// <summary>The leaf at <paramref name="position"/> if it records <paramref name="eventId"/>: one index lookup.</summary>
    public static Task<long?> LeafIndexAtAsync(NpgsqlConnection connection, long position, Guid eventId, CancellationToken ct) =>
        ScalarAsync(connection, "SELECT leaf_index FROM ledger.merkle_leaves WHERE position = $1 AND event_id = $2", ct, position, eventId);

    public static Task<long?> PositionOfAsync(NpgsqlConnection connection, Guid eventId, CancellationToken ct) =>
        ScalarAsync(connection, "SELECT position FROM ledger.events WHERE event_id = $1", ct, eventId);

    private static async Task<long?> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in values) command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        return await command.ExecuteScalarAsync(ct) is long value ? value : null;
    }
}
