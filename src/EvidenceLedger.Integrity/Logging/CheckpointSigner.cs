using EvidenceLedger.EventStore.Time;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Merkle;
using NodaTime;
using Npgsql;

namespace EvidenceLedger.Integrity.Logging;

/// <summary>
/// Signs checkpoints of the integrated tree with the ledger's key, and only after proving from the stored nodes that the
/// new tree is consistent with the previous signed checkpoint (its root taken from the verified signed note, not from
/// any unsigned column). A tree that fails that check is never signed: <see cref="IntegrityViolationException"/>.
/// </summary>
public sealed class CheckpointSigner(NpgsqlDataSource dataSource, NoteSigner signer, IClock clock, MerkleLogOptions? options = null)
{
    private readonly MerkleLogOptions _options = options ?? new MerkleLogOptions();

    /// <summary>The checkpoints' origin line, which is also the signing key's name.</summary>
    public string Origin => signer.KeyName;

    public NoteVerifier Verifier { get; } = new(signer.VerifierKey);

    /// <summary>Signs when the tree grew and <see cref="MerkleLogOptions.CheckpointInterval"/> passed since the last checkpoint; else null.</summary>
    public async Task<StoredCheckpoint?> SignIfDueAsync(CancellationToken ct = default)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT ({StoredTree.SizeQuery}), c.tree_size, c.signed_at
            FROM (SELECT 1) AS one
            LEFT JOIN LATERAL (SELECT tree_size, signed_at FROM ledger.checkpoints ORDER BY tree_size DESC LIMIT 1) AS c ON true
            """);
        long size;
        long? lastSize;
        Instant? lastSignedAt;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            size = reader.GetInt64(0);
            lastSize = reader.IsDBNull(1) ? null : reader.GetInt64(1);
            lastSignedAt = reader.IsDBNull(2) ? null : reader.GetFieldValue<Instant>(2);
        }

        var due = lastSize is null
            ? size > 0
            : size > lastSize && clock.GetCurrentInstant() - lastSignedAt!.Value >= Duration.FromTimeSpan(_options.CheckpointInterval);
        return due ? await SignAsync(ct) : null;
    }

    /// <summary>Signs a checkpoint of the tree as integrated now, or returns the latest one when the tree has not grown since.</summary>
    public async Task<StoredCheckpoint> SignAsync(CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({_options.SigningLockKey})", connection, tx))
        {
            await lockCommand.ExecuteNonQueryAsync(ct);
        }

        var latest = await CheckpointLog.LatestAsync(connection, tx, ct);
        var size = await StoredTree.SizeAsync(connection, tx, ct);
        if (latest is not null && latest.TreeSize == size)
        {
            return latest;
        }

        if (latest is not null && latest.TreeSize > size)
        {
            throw new IntegrityViolationException($"Checkpoint {latest.TreeSize} is signed, but the tree now has only {size} leaves.");
        }

        var store = new PostgresMerkleNodeStore(connection, tx);
        var root = await MerkleProofs.RootAsync(store, size, ct);
        if (latest is not null)
        {
            await RequireConsistencyAsync(store, latest, size, root, ct);
        }

        var checkpoint = new StoredCheckpoint(size, root, signer.SignCheckpoint(new Checkpoint(Origin, size, root)),
            LedgerInstant.Truncate(clock.GetCurrentInstant()));
        await using (var insert = new NpgsqlCommand("INSERT INTO ledger.checkpoints (tree_size, root, note, signed_at) VALUES ($1, $2, $3, $4)", connection, tx))
        {
            insert.Parameters.Add(new NpgsqlParameter { Value = checkpoint.TreeSize });
            insert.Parameters.Add(new NpgsqlParameter { Value = checkpoint.RootHash });
            insert.Parameters.Add(new NpgsqlParameter { Value = checkpoint.Note });
            insert.Parameters.Add(new NpgsqlParameter { Value = checkpoint.SignedAt.ToDateTimeUtc() });
            await insert.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        return checkpoint;
    }

    private async Task RequireConsistencyAsync(IMerkleNodeStore store, StoredCheckpoint latest, long size, byte[] root, CancellationToken ct)
    {
        var verified = Verifier.VerifyCheckpoint(latest.Note);
        if (verified.Checkpoint is not { } previous)
        {
            throw new IntegrityViolationException($"The latest checkpoint ({latest.TreeSize}) does not verify with this ledger's key: {verified.Detail}");
        }

        if (previous.TreeSize != latest.TreeSize || !string.Equals(previous.Origin, Origin, StringComparison.Ordinal))
        {
            throw new IntegrityViolationException($"The note of checkpoint {latest.TreeSize} signs tree size {previous.TreeSize} of origin '{previous.Origin}'.");
        }

        var proof = await MerkleProofs.ConsistencyProofAsync(store, previous.TreeSize, size, ct);
        var result = MerkleProofVerifier.VerifyConsistency(previous.TreeSize, size, previous.RootHash, root, proof);
        if (!result.IsValid)
        {
            throw new IntegrityViolationException(
                $"The tree of {size} leaves is not consistent with signed checkpoint {previous.TreeSize}: {result.Failure} Nothing was signed.");
        }
    }
}
