using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Server.Hosting;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>
/// Proves every exported event against one signed checkpoint: integrates the log until each event has its leaf (the
/// background leader may simply not have come round yet), signs a fresh checkpoint when the latest one does not reach the
/// last of those leaves, and assembles each leaf's inclusion proof in that checkpoint's tree.
/// </summary>
public sealed class LogCoverage(LedgerDatabase database, MerkleLog log, MerkleLogIntegrator integrator, CheckpointLog checkpoints, CheckpointSigner signer)
{
    public static readonly TimeSpan IntegrationPatience = TimeSpan.FromSeconds(30);

    /// <exception cref="LogNotReadyException">Some events did not reach the log within <see cref="IntegrationPatience"/>.</exception>
    public async Task<LogEvidence> ProveAsync(IReadOnlyCollection<StoredEvent> events, CancellationToken ct)
    {
        var leaves = await LeavesAsync(events, ct);
        var lastLeaf = leaves.Values.Max(leaf => leaf.LeafIndex);
        var signed = await checkpoints.LatestAsync(ct) is { } latest && latest.TreeSize > lastLeaf ? latest : await signer.SignAsync(ct);
        return await ProveInAsync(leaves, signed, ct);
    }

    /// <summary>The same, against a checkpoint already chosen that covers every event (a later one the witnesses cosigned, say).</summary>
    public async Task<LogEvidence> ProveInAsync(IReadOnlyCollection<StoredEvent> events, StoredCheckpoint checkpoint, CancellationToken ct) =>
        await ProveInAsync(await LeavesAsync(events, ct), checkpoint, ct);

    private async Task<LogEvidence> ProveInAsync(Dictionary<Guid, MerkleLeaf> leaves, StoredCheckpoint signed, CancellationToken ct)
    {
        var verified = signer.Verifier.VerifyCheckpoint(signed.Note);
        var checkpoint = verified.Checkpoint
            ?? throw new IntegrityViolationException($"The ledger's checkpoint of {signed.TreeSize} leaves does not verify with its own key: {verified.Detail}");

        var proven = leaves.Values.ToList();
        var hashes = await MerkleProofs.InclusionProofsAsync(new PostgresMerkleNodeStore(database.DataSource),
            [.. proven.Select(leaf => leaf.LeafIndex)], checkpoint.TreeSize, ct);
        var proofs = proven.Select((leaf, i) => (leaf.EventId, Proof: new LeafProof(leaf.LeafIndex, hashes[i])))
            .ToDictionary(pair => pair.EventId, pair => pair.Proof);
        return new LogEvidence(signed, checkpoint, proofs);
    }

    /// <summary>The RFC 9162 consistency proof from the tree of <paramref name="fromSize"/> leaves to that of <paramref name="toSize"/>, nearest the old tree first.</summary>
    public async Task<IReadOnlyList<byte[]>> ConsistencyProofAsync(long fromSize, long toSize, CancellationToken ct) =>
        await MerkleProofs.ConsistencyProofAsync(new PostgresMerkleNodeStore(database.DataSource), fromSize, toSize, ct);

    /// <summary>Every event's leaf, integrating the log until each one has its leaf.</summary>
    private async Task<Dictionary<Guid, MerkleLeaf>> LeavesAsync(IReadOnlyCollection<StoredEvent> events, CancellationToken ct)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var leaves = new Dictionary<Guid, MerkleLeaf>(events.Count);
        var pending = events.Select(e => e.EventId).ToList();
        while (true)
        {
            foreach (var leaf in await log.FindLeavesAsync(pending, ct)) leaves[leaf.EventId] = leaf;
            var stillPending = pending.Where(eventId => !leaves.ContainsKey(eventId)).ToList();
            if (stillPending.Count == 0) return leaves;
            if (waited.Elapsed > IntegrationPatience)
                throw new LogNotReadyException($"{stillPending.Count} of the incident's events are not in the Merkle log yet (e.g. {stillPending[0]}); try again shortly.");

            pending = stillPending;
            // Nothing integrated means the fence is held back by an appending transaction still open: give it a moment.
            if (await integrator.CatchUpAsync(ct) == 0) await Task.Delay(TimeSpan.FromMilliseconds(20), ct);
        }
    }
}
