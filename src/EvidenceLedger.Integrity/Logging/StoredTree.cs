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

    /// <summary>
    /// The leaves of those of <paramref name="eventIds"/> that have one, in no particular order. Leaves are keyed by
    /// position: an event's id finds its position in mt_events, and the leaf there must be that event's.
    /// </summary>
    public static async Task<IReadOnlyList<MerkleLeaf>> LeavesOfAsync(NpgsqlConnection connection, IReadOnlyCollection<Guid> eventIds, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT l.leaf_index, l.event_id, l.position, l.leaf_hash FROM {LeafOfEvent} WHERE e.id = ANY($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = eventIds.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        var leaves = new List<MerkleLeaf>(eventIds.Count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            leaves.Add(Leaf(reader, 0));
        }

        return leaves;
    }

    /// <summary>The tree size and leaf <paramref name="leafIndex"/>, in one round trip.</summary>
    public static Task<(long Size, MerkleLeaf? Leaf)> SizeAndLeafAsync(NpgsqlConnection connection, long leafIndex, CancellationToken ct) =>
        SizeAndLeafAsync(connection, "ledger.merkle_leaves l WHERE l.leaf_index = $1", leafIndex, ct);

    /// <summary>The tree size and the leaf of event <paramref name="eventId"/>, in one round trip.</summary>
    public static Task<(long Size, MerkleLeaf? Leaf)> SizeAndLeafAsync(NpgsqlConnection connection, Guid eventId, CancellationToken ct) =>
        SizeAndLeafAsync(connection, $"{LeafOfEvent} WHERE e.id = $1", eventId, ct);

    private const string LeafOfEvent = "ledger.mt_events e JOIN ledger.merkle_leaves l ON l.position = e.seq_id AND l.event_id = e.id";

    private static async Task<(long Size, MerkleLeaf? Leaf)> SizeAndLeafAsync(NpgsqlConnection connection, string leafQuery, object value, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            SELECT ({SizeQuery}), l.leaf_index, l.event_id, l.position, l.leaf_hash
            FROM (SELECT 1) AS one LEFT JOIN LATERAL (SELECT l.* FROM {leafQuery}) l ON true
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
