using EvidenceLedger.Integrity.Tests.Logging.Support;

namespace EvidenceLedger.Integrity.Tests.Verification;

/// <summary>The rebuilt tree's root at every checkpoint size, odd and power-of-two alike, is the root that was signed.</summary>
public sealed class Verifying_checkpoints_at_many_sizes : IAsyncLifetime
{
    private TestLedger _ledger = null!;

    public async Task InitializeAsync() => _ledger = await TestLedger.CreateAsync();

    public async Task DisposeAsync() => await _ledger.DisposeAsync();

    [Fact]
    public async Task Every_checkpoint_and_a_saved_one_verify_against_the_rebuilt_tree()
    {
        int[] sizes = [1, 2, 3, 4, 5, 8, 13, 16, 21, 32, 33, 55, 64, 70];
        var written = 0;
        string? saved = null;
        foreach (var size in sizes)
        {
            await _ledger.AppendAsync($"stream-{size % 3}", size - written);
            written = size;
            var checkpoint = await _ledger.IntegrateAndSignAsync();
            Assert.Equal(size, checkpoint.TreeSize);
            if (size == 33) saved = checkpoint.Note;
        }

        foreach (var batchSize in new[] { 5000, 7 })
        {
            var report = await _ledger.VerifyAsync(saved, batchSize);
            Assert.True(report.Ok, string.Join("\n", report.Problems.Select(p => p.Message)));
            Assert.Equal(sizes.Length, report.CheckpointsChecked);
            Assert.Equal((70 / 16) + (70 / 32) + (70 / 64), report.NodesChecked); // the stored subtrees: 16 leaves and more
        }
    }
}
