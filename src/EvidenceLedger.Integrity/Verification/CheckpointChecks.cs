using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Merkle;
using Npgsql;

namespace EvidenceLedger.Integrity.Verification;

/// <summary>
/// Checks every stored checkpoint once (signature, columns against the signed note) and, as the rebuilt tree passes its
/// size, its signed root against the rebuilt root; likewise the auditor's saved checkpoint.
/// </summary>
internal sealed class CheckpointChecks : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly NoteVerifier? _key;
    private readonly ProblemLog _problems;
    private readonly BatchCursor<StoredCheckpoint> _stored;
    private Checkpoint? _latestSigned;
    private long _nextStoredSize = -1; // unknown until the first look

    public CheckpointChecks(NpgsqlConnection connection, NoteVerifier? key, ProblemLog problems, int batchSize)
    {
        _connection = connection;
        _key = key;
        _problems = problems;
        _stored = new BatchCursor<StoredCheckpoint>(
            Batches.Pages<StoredCheckpoint>((last, ct) => StoredRows.CheckpointsAfterAsync(connection, last?.TreeSize ?? -1, batchSize, ct), batchSize));
    }

    public long Checked { get; private set; }

    public long? LatestSize { get; private set; }

    public Checkpoint? Saved { get; private set; }

    /// <summary>Accepts the auditor's saved checkpoint only when the trusted key signed it.</summary>
    public void UseSaved(string? savedNote)
    {
        if (savedNote is null || _key is null)
        {
            return;
        }

        var verified = _key.VerifyCheckpoint(savedNote);
        if (verified.Checkpoint is not { } saved)
        {
            _problems.Add(new(VerificationProblemKind.SavedCheckpointInvalid, $"The saved checkpoint is not a checkpoint signed by the ledger's key: {verified.Detail}"));
        }
        else if (!string.Equals(saved.Origin, _key.KeyName, StringComparison.Ordinal))
        {
            _problems.Add(new(VerificationProblemKind.SavedCheckpointInvalid, $"The saved checkpoint is of log '{saved.Origin}', not '{_key.KeyName}'.", CheckpointSize: saved.TreeSize));
        }
        else
        {
            Saved = saved;
        }
    }

    /// <summary>Called at every size the rebuilt tree reaches, from 0 up; <paramref name="root"/> is computed only when some checkpoint has this size.</summary>
    public async ValueTask AtTreeSizeAsync(long size, Func<byte[]> root, CancellationToken ct)
    {
        // Called for every leaf: nothing to do at most sizes, known without a query.
        if (_nextStoredSize > size && Saved?.TreeSize != size)
        {
            return;
        }

        byte[]? rebuilt = null;
        while (await _stored.PeekAsync(ct) is { } next && next.TreeSize <= size)
        {
            var signedRoot = CheckStored(next);
            rebuilt ??= root();
            if (!rebuilt.AsSpan().SequenceEqual(signedRoot))
            {
                _problems.Add(new(VerificationProblemKind.CheckpointRootMismatch,
                    $"Checkpoint {next.TreeSize} signs root {B64(signedRoot)}, but the tree rebuilt from the stored leaves has root {B64(rebuilt)} at that size.",
                    CheckpointSize: next.TreeSize));
            }

            _stored.Advance();
        }

        _nextStoredSize = await _stored.PeekAsync(ct) is { } following ? following.TreeSize : long.MaxValue;
        if (Saved is not null && Saved.TreeSize == size)
        {
            rebuilt ??= root();
            if (!rebuilt.AsSpan().SequenceEqual(Saved.RootHash))
            {
                _problems.Add(new(VerificationProblemKind.SavedCheckpointInconsistent,
                    $"Your saved checkpoint of {size} leaves has root {B64(Saved.RootHash)}, but the ledger's tree at {size} leaves has root {B64(rebuilt)}: the log was rewritten since you saved it.",
                    CheckpointSize: size));
            }
        }
    }

    /// <summary>What is left once the tree ends: checkpoints (and the saved one) signed for more leaves than the tree has.</summary>
    public async Task FinishAsync(long treeSize, bool treeComplete, CancellationToken ct)
    {
        while (await _stored.PeekAsync(ct) is { } next)
        {
            CheckStored(next);
            if (treeComplete)
            {
                _problems.Add(new(VerificationProblemKind.CheckpointBeyondTree,
                    $"Checkpoint {next.TreeSize} was signed for {next.TreeSize} leaves, but the tree has only {treeSize}: leaves were removed.",
                    CheckpointSize: next.TreeSize));
            }

            _stored.Advance();
        }

        if (Saved is null || !treeComplete)
        {
            return;
        }

        if (Saved.TreeSize > treeSize)
        {
            _problems.Add(new(VerificationProblemKind.SavedCheckpointBeyondTree,
                $"Your saved checkpoint covers {Saved.TreeSize} leaves, but the tree has only {treeSize}: the log lost leaves since you saved it.",
                CheckpointSize: Saved.TreeSize));
        }
        else if (_latestSigned is { } latest && latest.TreeSize >= Saved.TreeSize)
        {
            await ProveSavedConsistentAsync(Saved, latest, ct);
        }
    }

    /// <summary>The RFC 9162 way an auditor outside would check it: a consistency proof from the stored nodes.</summary>
    private async Task ProveSavedConsistentAsync(Checkpoint saved, Checkpoint latest, CancellationToken ct)
    {
        var store = new PostgresMerkleNodeStore(_connection);
        ProofResult result;
        try
        {
            var proof = await MerkleProofs.ConsistencyProofAsync(store, saved.TreeSize, latest.TreeSize, ct);
            result = MerkleProofVerifier.VerifyConsistency(saved.TreeSize, latest.TreeSize, saved.RootHash, latest.RootHash, proof);
        }
        catch (KeyNotFoundException e)
        {
            result = ProofResult.Invalid(e.Message);
        }

        if (!result.IsValid)
        {
            _problems.Add(new(VerificationProblemKind.SavedCheckpointInconsistent,
                $"No consistency proof from the stored tree links your saved checkpoint {saved.TreeSize} to the latest signed checkpoint {latest.TreeSize}: {result.Failure}",
                CheckpointSize: saved.TreeSize));
        }
    }

    /// <summary>Checks signature and columns once; returns the root to hold the tree to (the signed one when it verifies).</summary>
    private byte[] CheckStored(StoredCheckpoint stored)
    {
        Checked++;
        LatestSize = stored.TreeSize;
        if (_key is null)
        {
            return stored.RootHash;
        }

        var verified = _key.VerifyCheckpoint(stored.Note);
        if (verified.Checkpoint is not { } signed)
        {
            _problems.Add(new(VerificationProblemKind.CheckpointSignatureInvalid,
                $"Checkpoint {stored.TreeSize} is not validly signed by the ledger's key: {verified.Detail}", CheckpointSize: stored.TreeSize));
            return stored.RootHash;
        }

        if (signed.TreeSize != stored.TreeSize || !signed.RootHash.AsSpan().SequenceEqual(stored.RootHash)
            || !string.Equals(signed.Origin, _key.KeyName, StringComparison.Ordinal))
        {
            _problems.Add(new(VerificationProblemKind.CheckpointNoteMismatch,
                $"Checkpoint row {stored.TreeSize} (root {B64(stored.RootHash)}) holds a note signing '{signed.Origin}' at {signed.TreeSize} leaves with root {B64(signed.RootHash)}.",
                CheckpointSize: stored.TreeSize));
        }

        _latestSigned = signed;
        return signed.RootHash;
    }

    public ValueTask DisposeAsync() => _stored.DisposeAsync();

    private static string B64(byte[] hash) => Convert.ToBase64String(hash);
}
