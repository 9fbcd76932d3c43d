using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Tests.Logging.Support;
using NodaTime;

namespace EvidenceLedger.Integrity.Tests.Logging;

public sealed class Signing_checkpoints : IAsyncLifetime
{
    private TestLedger _ledger = null!;

    public async Task InitializeAsync() => _ledger = await TestLedger.CreateAsync(new MerkleLogOptions { CheckpointInterval = TimeSpan.FromSeconds(10) });

    public async Task DisposeAsync() => await _ledger.DisposeAsync();

    [Fact]
    public async Task A_checkpoint_is_a_C2SP_note_signed_by_the_ledger_key_over_the_root_of_the_integrated_tree()
    {
        await _ledger.AppendAsync("incident-1", 13);
        var checkpoint = await _ledger.IntegrateAndSignAsync();

        Assert.Equal(13, checkpoint.TreeSize);
        var verified = new NoteVerifier(_ledger.Key.VerifierKey).VerifyCheckpoint(checkpoint.Note);
        Assert.True(verified.IsValid, verified.Detail);
        Assert.Equal(new Checkpoint(TestLedger.Origin, 13, await _ledger.Log.RootAsync(13)), verified.Checkpoint);
        Assert.StartsWith($"{TestLedger.Origin}\n13\n{Convert.ToBase64String(checkpoint.RootHash)}\n\n\u2014 {TestLedger.Origin} ", checkpoint.Note, StringComparison.Ordinal);
        var stored = (await _ledger.Checkpoints.LatestAsync())!;
        Assert.Equal((checkpoint.TreeSize, checkpoint.Note, checkpoint.SignedAt), (stored.TreeSize, stored.Note, stored.SignedAt));
        Assert.Equal(checkpoint.RootHash, stored.RootHash);
    }

    [Fact]
    public async Task Signing_again_before_the_tree_grew_returns_the_same_checkpoint()
    {
        await _ledger.AppendAsync("incident-1", 2);
        var first = await _ledger.IntegrateAndSignAsync();
        var again = await _ledger.Signer.SignAsync();
        Assert.Equal(first.Note, again.Note);
        Assert.Single(await _ledger.Checkpoints.ListAsync());
    }

    [Fact]
    public async Task Checkpoints_fall_due_when_the_tree_grew_and_the_interval_passed()
    {
        await _ledger.AppendAsync("incident-1", 2);
        await _ledger.IntegrateAllAsync();
        Assert.Equal(2, (await _ledger.Signer.SignIfDueAsync())!.TreeSize);

        await _ledger.AppendAsync("incident-1", 1);
        await _ledger.IntegrateAllAsync();
        _ledger.Clock.Advance(Duration.FromSeconds(5));
        Assert.Null(await _ledger.Signer.SignIfDueAsync());

        _ledger.Clock.Advance(Duration.FromSeconds(5));
        Assert.Equal(3, (await _ledger.Signer.SignIfDueAsync())!.TreeSize);

        _ledger.Clock.Advance(Duration.FromMinutes(5));
        Assert.Null(await _ledger.Signer.SignIfDueAsync());
        Assert.Equal([3L, 2L], (await _ledger.Checkpoints.ListAsync()).Select(c => c.TreeSize));
    }

    [Fact]
    public async Task A_tree_whose_stored_nodes_no_longer_extend_the_last_checkpoint_is_never_signed()
    {
        await _ledger.AppendAsync("incident-1", 16);
        await _ledger.IntegrateAndSignAsync();
        await _ledger.TamperAsync("UPDATE ledger.merkle_nodes SET hash = sha256(hash) WHERE level = 4 AND node_index = 0");
        await _ledger.AppendAsync("incident-1", 3);
        await _ledger.IntegrateAllAsync();

        var refused = await Assert.ThrowsAsync<IntegrityViolationException>(() => _ledger.Signer.SignAsync());
        Assert.Contains("not consistent with signed checkpoint 16", refused.Message, StringComparison.Ordinal);
        Assert.Equal(16, (await _ledger.Checkpoints.LatestAsync())!.TreeSize);
    }

    [Fact]
    public async Task A_last_checkpoint_not_signed_by_this_key_stops_all_signing()
    {
        await _ledger.AppendAsync("incident-1", 4);
        var genuine = await _ledger.IntegrateAndSignAsync();
        var forged = NoteSigner.Generate(TestLedger.Origin).SignCheckpoint(new Checkpoint(TestLedger.Origin, 4, genuine.RootHash));
        await _ledger.TamperAsync("UPDATE ledger.checkpoints SET note = $1 WHERE tree_size = 4", forged);
        await _ledger.AppendAsync("incident-1", 1);
        await _ledger.IntegrateAllAsync();

        var refused = await Assert.ThrowsAsync<IntegrityViolationException>(() => _ledger.Signer.SignAsync());
        Assert.Contains("does not verify with this ledger's key", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_empty_tree_can_be_signed_and_later_extended()
    {
        var empty = await _ledger.Signer.SignAsync();
        Assert.Equal(0, empty.TreeSize);
        await _ledger.AppendAsync("incident-1", 3);
        Assert.Equal(3, (await _ledger.IntegrateAndSignAsync()).TreeSize);
    }
}
