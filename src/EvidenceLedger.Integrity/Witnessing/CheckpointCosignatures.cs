using System.Diagnostics;
using EvidenceLedger.Integrity.Logging;
using NodaTime;
using Npgsql;

namespace EvidenceLedger.Integrity.Witnessing;

/// <summary>
/// The witnesses' cosignatures of the ledger's checkpoints, kept in ledger.checkpoint_cosignatures: stored only after
/// they verify with the witness's configured key, read back as the checkpoint's note with the cosignature lines appended.
/// </summary>
public sealed class CheckpointCosignatures(NpgsqlDataSource dataSource)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Stores <paramref name="cosignature"/> of checkpoint <paramref name="treeSize"/> if it verifies with <paramref name="witness"/>
    /// over that checkpoint's note; false (and nothing stored) otherwise. A witness's second cosignature of one checkpoint is ignored.
    /// </summary>
    public async Task<bool> AddAsync(long treeSize, WitnessVerifierKey witness, Cosignature cosignature, Instant receivedAt, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(witness);
        ArgumentNullException.ThrowIfNull(cosignature);
        var checkpoint = await new CheckpointLog(dataSource).AtSizeAsync(treeSize, ct);
        if (checkpoint is null || !witness.Verifies(CheckpointText(checkpoint.Note), cosignature))
        {
            return false;
        }

        await using var command = dataSource.CreateCommand("""
            INSERT INTO ledger.checkpoint_cosignatures (tree_size, witness_key, line, cosigned_at, received_at)
            VALUES ($1, $2, $3, $4, $5) ON CONFLICT (tree_size, witness_key) DO NOTHING
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = treeSize });
        command.Parameters.Add(new NpgsqlParameter { Value = witness.ToString() });
        command.Parameters.Add(new NpgsqlParameter { Value = cosignature.ToLine() });
        command.Parameters.Add(new NpgsqlParameter { Value = DateTimeOffset.FromUnixTimeSeconds((long)cosignature.Timestamp).UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter { Value = receivedAt.ToDateTimeUtc() });
        await command.ExecuteNonQueryAsync(ct);
        return true;
    }

    /// <summary>The cosignature lines stored for checkpoint <paramref name="treeSize"/>, in the order of the witnesses' keys.</summary>
    public async Task<IReadOnlyList<StoredCosignature>> OfCheckpointAsync(long treeSize, CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT witness_key, line, cosigned_at FROM ledger.checkpoint_cosignatures WHERE tree_size = $1 ORDER BY witness_key");
        command.Parameters.Add(new NpgsqlParameter { Value = treeSize });
        var cosignatures = new List<StoredCosignature>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            cosignatures.Add(new StoredCosignature(treeSize, reader.GetString(0), reader.GetString(1), reader.GetFieldValue<Instant>(2)));
        }

        return cosignatures;
    }

    /// <summary>The note of checkpoint <paramref name="treeSize"/> with every stored cosignature line appended; null when there is no such checkpoint.</summary>
    public async Task<string?> CosignedNoteAsync(long treeSize, CancellationToken ct = default)
    {
        var checkpoint = await new CheckpointLog(dataSource).AtSizeAsync(treeSize, ct);
        return checkpoint is null ? null : CosignedNote.Append(checkpoint.Note, (await OfCheckpointAsync(treeSize, ct)).Select(c => c.Line));
    }

    /// <summary>
    /// Waits until checkpoint <paramref name="treeSize"/> has cosignatures of at least <paramref name="count"/> witnesses;
    /// false when <paramref name="timeout"/> passed first.
    /// </summary>
    public async Task<bool> WaitForAsync(long treeSize, int count, TimeSpan timeout, CancellationToken ct = default)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (await CountAsync(treeSize, ct) >= count)
            {
                return true;
            }

            if (waited.Elapsed >= timeout)
            {
                return false;
            }

            await Task.Delay(PollInterval, ct);
        }
    }

    /// <summary>The largest checkpoint the witness cosigned as far as this ledger stored, or null.</summary>
    public async Task<long?> LatestCosignedSizeAsync(WitnessVerifierKey witness, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(witness);
        await using var command = dataSource.CreateCommand("SELECT max(tree_size) FROM ledger.checkpoint_cosignatures WHERE witness_key = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = witness.ToString() });
        return await command.ExecuteScalarAsync(ct) is long size ? size : null;
    }

    private async Task<long> CountAsync(long treeSize, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM ledger.checkpoint_cosignatures WHERE tree_size = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = treeSize });
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    private static string CheckpointText(string signedNote) => signedNote[..(signedNote.LastIndexOf("\n\n", StringComparison.Ordinal) + 1)];
}
