using Npgsql;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>Small reads of the stored tree that several services share.</summary>
internal static class StoredTree
{
    public static async Task<long> SizeAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT coalesce(max(leaf_index) + 1, 0) FROM ledger.merkle_leaves", connection, transaction);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    public static async Task<MerkleLeaf?> LeafAsync(NpgsqlConnection connection, string condition, object value, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT leaf_index, event_id, position, leaf_hash FROM ledger.merkle_leaves WHERE {condition} = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = value });
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new MerkleLeaf(reader.GetInt64(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetFieldValue<byte[]>(3))
            : null;
    }
}
