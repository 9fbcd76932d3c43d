using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Tests.Logging.Support;
using EvidenceLedger.Integrity.Verification;

namespace EvidenceLedger.Integrity.Tests.Verification;

public sealed class Verifying_an_intact_ledger : IAsyncLifetime
{
    private SeededLedger _seeded = null!;

    public async Task InitializeAsync() => _seeded = await SeededLedger.CreateAsync();

    public async Task DisposeAsync() => await _seeded.Ledger.DisposeAsync();

    [Theory]
    [InlineData(5000)]
    [InlineData(4)]
    [InlineData(1)]
    public async Task Everything_holds_and_is_counted_whatever_the_batch_size(int batchSize)
    {
        var report = await _seeded.Ledger.VerifyAsync(_seeded.Saved.Note, batchSize);

        Assert.True(report.Ok, string.Join("\n", report.Problems.Select(p => p.Message)));
        Assert.Empty(report.Problems);
        Assert.Equal(21, report.EventsChecked);
        Assert.Equal(21, report.LeavesChecked);
        Assert.Equal(21, report.TreeSize);
        Assert.Equal(3, report.StreamsChecked);
        Assert.Equal(2, report.CheckpointsChecked);
        Assert.Equal(21, report.LatestCheckpointSize);
        Assert.Equal(15, report.SavedCheckpointSize);
        Assert.Equal(1, report.NodesChecked); // of 21 leaves, only the subtree over leaves 0 to 15 is stored (StoredLevels)
        Assert.Equal(TestLedger.Origin, report.Origin);
    }

    [Fact]
    public async Task Events_newer_than_the_tree_are_counted_not_blamed()
    {
        await _seeded.Ledger.AppendAsync("incident-1", 2);
        var report = await _seeded.Ledger.VerifyAsync();
        Assert.True(report.Ok);
        Assert.Equal(2, report.EventsNotYetInTree);
        Assert.Equal(23, report.EventsChecked);
    }

    [Fact]
    public async Task Without_a_verifier_key_verification_cannot_pass()
    {
        var report = await _seeded.Ledger.Verifier.VerifyAsync(new VerificationOptions());
        Assert.False(report.Ok);
        Assert.Equal(VerificationProblemKind.NoVerifierKey, Assert.Single(report.Problems).Kind);
    }

    [Fact]
    public async Task A_saved_checkpoint_signed_by_another_key_is_rejected()
    {
        var impostor = NoteSigner.Generate(TestLedger.Origin)
            .SignCheckpoint(new Checkpoint(TestLedger.Origin, 15, _seeded.Saved.RootHash));
        var report = await _seeded.Ledger.VerifyAsync(impostor);
        Assert.Equal(VerificationProblemKind.SavedCheckpointInvalid, Assert.Single(report.Problems).Kind);
    }
}
