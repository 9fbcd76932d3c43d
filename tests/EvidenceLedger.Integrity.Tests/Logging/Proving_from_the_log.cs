using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Integrity.Tests.Logging.Support;

namespace EvidenceLedger.Integrity.Tests.Logging;

public sealed class Proving_from_the_log : IAsyncLifetime
{
    private TestLedger _ledger = null!;

    public async Task InitializeAsync() => _ledger = await TestLedger.CreateAsync();

    public async Task DisposeAsync() => await _ledger.DisposeAsync();

    [Fact]
    public async Task An_events_inclusion_proof_leads_to_the_root_of_a_signed_checkpoint()
    {
        var appended = await _ledger.AppendAsync("incident-1", 11);
        var checkpoint = await _ledger.IntegrateAndSignAsync();
        var signed = new NoteVerifier(_ledger.Key.VerifierKey).VerifyCheckpoint(checkpoint.Note).Checkpoint!;

        var proof = (await _ledger.Log.InclusionProofAsync(appended[6].EventId, signed.TreeSize))!;
        Assert.Equal(6, proof.LeafIndex);
        Assert.Equal(appended[6].Position, proof.Position);
        Assert.Equal(MerkleHash.Leaf(appended[6].Hash), proof.LeafHash);
        Assert.Equal(signed.RootHash, proof.RootHash);
        Assert.True(MerkleProofVerifier.VerifyInclusion(6, signed.TreeSize, MerkleHash.Leaf(appended[6].Hash), proof.Hashes, signed.RootHash).IsValid);
        var byIndex = await _ledger.Log.InclusionProofAsync(6, signed.TreeSize);
        Assert.Equal(proof.Hashes, byIndex.Hashes);
        Assert.Equal(appended[6].EventId, byIndex.EventId);
    }

    [Fact]
    public async Task A_consistency_proof_links_two_signed_checkpoints()
    {
        await _ledger.AppendAsync("incident-1", 5);
        var older = await _ledger.IntegrateAndSignAsync();
        await _ledger.AppendAsync("incident-2", 9);
        var newer = await _ledger.IntegrateAndSignAsync();

        var proof = await _ledger.Log.ConsistencyProofAsync(older.TreeSize, newer.TreeSize);
        Assert.Equal(older.RootHash, proof.FromRoot);
        Assert.Equal(newer.RootHash, proof.ToRoot);
        Assert.True(proof.Verify().IsValid);
        Assert.True(MerkleProofVerifier.VerifyConsistency(5, 14, older.RootHash, newer.RootHash, proof.Hashes).IsValid);
    }

    [Fact]
    public async Task An_event_not_yet_integrated_has_no_leaf_and_no_proof()
    {
        await _ledger.AppendAsync("incident-1", 2);
        await _ledger.IntegrateAndSignAsync();
        var pending = await _ledger.AppendAsync("incident-1", 1);
        Assert.Null(await _ledger.Log.FindLeafAsync(pending[0].EventId));
        Assert.Null(await _ledger.Log.InclusionProofAsync(pending[0].EventId, 2));
    }

    [Fact]
    public async Task The_leaves_of_several_events_are_those_of_the_events_integrated()
    {
        var integrated = await _ledger.AppendAsync("incident-1", 3);
        await _ledger.IntegrateAllAsync();
        var pending = await _ledger.AppendAsync("incident-1", 1);

        var leaves = await _ledger.Log.FindLeavesAsync([.. integrated.Select(e => e.EventId), pending[0].EventId]);

        Assert.Equal(integrated.Select(e => (e.EventId, MerkleHash.Leaf(e.Hash))), leaves.OrderBy(l => l.LeafIndex).Select(l => (l.EventId, l.LeafHash)));
    }

    [Theory]
    [InlineData(-1, 3, "index")]
    [InlineData(3, 3, "index")]
    [InlineData(0, 4, "treeSize")]
    [InlineData(0, 0, "treeSize")]
    [InlineData(0, -2, "treeSize")]
    public async Task An_inclusion_proof_out_of_range_names_the_parameter(long index, long treeSize, string parameter)
    {
        await _ledger.AppendAsync("incident-1", 3);
        await _ledger.IntegrateAllAsync();
        var refused = await Assert.ThrowsAsync<ProofRequestException>(() => _ledger.Log.InclusionProofAsync(index, treeSize));
        Assert.Equal(parameter, refused.Parameter);
    }

    [Theory]
    [InlineData(-1, 3, "from")]
    [InlineData(3, 2, "from")]
    [InlineData(1, 4, "to")]
    public async Task A_consistency_proof_out_of_range_names_the_parameter(long from, long to, string parameter)
    {
        await _ledger.AppendAsync("incident-1", 3);
        await _ledger.IntegrateAllAsync();
        var refused = await Assert.ThrowsAsync<ProofRequestException>(() => _ledger.Log.ConsistencyProofAsync(from, to));
        Assert.Equal(parameter, refused.Parameter);
    }

    [Fact]
    public async Task An_events_proof_against_a_tree_too_small_to_hold_it_names_treeSize()
    {
        var appended = await _ledger.AppendAsync("incident-1", 4);
        await _ledger.IntegrateAllAsync();
        var refused = await Assert.ThrowsAsync<ProofRequestException>(() => _ledger.Log.InclusionProofAsync(appended[3].EventId, 3));
        Assert.Equal("treeSize", refused.Parameter);
    }
}
