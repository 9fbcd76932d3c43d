using Npgsql;
using NodaTime;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>Reads the signed checkpoints kept in ledger.checkpoints.</summary>
public sealed class CheckpointLog(NpgsqlDataSource dataSource)
{
    /// <summary>The columns <see cref="Read"/> reads, in its order.</summary>
    internal const string Columns = "tree_size, root, note, signed_at";

    private const string LatestQuery = $"SELECT {Columns} FROM ledger.checkpoints ORDER BY tree_size DESC LIMIT 1";

    /// <summary>The checkpoint of the largest tree, or null before the first one is signed.</summary>
    public async Task<StoredCheckpoint?> LatestAsync(CancellationToken ct = default) =>
        (await QueryAsync(LatestQuery, [], ct)).SingleOrDefault();

    public async Task<StoredCheckpoint?> AtSizeAsync(long treeSize, CancellationToken ct = default) =>
        (await QueryAsync($"SELECT {Columns} FROM ledger.checkpoints WHERE tree_size = $1", [treeSize], ct)).SingleOrDefault();

    /// <summary>Up to <paramref name="limit"/> checkpoints, largest first, below <paramref name="beforeSize"/> when given (for paging).</summary>
    public Task<IReadOnlyList<StoredCheckpoint>> ListAsync(long? beforeSize = null, int limit = 100, CancellationToken ct = default) =>
        QueryAsync($"SELECT {Columns} FROM ledger.checkpoints WHERE tree_size < $1 ORDER BY tree_size DESC LIMIT $2",
            [beforeSize ?? long.MaxValue, limit], ct);

    internal static async Task<StoredCheckpoint?> LatestAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(LatestQuery, connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? Read(reader) : null;
    }

    internal static StoredCheckpoint Read(NpgsqlDataReader reader) =>
        new(reader.GetInt64(0), reader.GetFieldValue<byte[]>(1), reader.GetString(2), reader.GetFieldValue<Instant>(3));

    private async Task<IReadOnlyList<StoredCheckpoint>> QueryAsync(string sql, object[] parameters, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        var checkpoints = new List<StoredCheckpoint>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            checkpoints.Add(Read(reader));
        }

        return checkpoints;
    }
}
