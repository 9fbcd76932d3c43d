using EvidenceLedger.Integrity.Witnessing;
using EvidenceLedger.Server.Tests.Witnessing.Support;

namespace EvidenceLedger.Server.Tests.Witnessing;

public sealed class Witnessing_the_ledger(WitnessedLedger ledger) : IClassFixture<WitnessedLedger>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Each_new_checkpoint_is_cosigned_by_both_witness_processes()
    {
        var cosignatures = ledger.Get<CheckpointCosignatures>();
        await ledger.AppendAsync("incident-witnessed", 5);
        var first = await ledger.IntegrateAndSignAsync();
        Assert.True(await cosignatures.WaitForAsync(first.TreeSize, 2, Patience), "The first checkpoint was not cosigned by both witnesses.");

        await ledger.AppendAsync("incident-witnessed", 4);
        var second = await ledger.IntegrateAndSignAsync();
        Assert.True(await cosignatures.WaitForAsync(second.TreeSize, 2, Patience), "The second checkpoint was not cosigned by both witnesses.");

        var note = (await cosignatures.CosignedNoteAsync(second.TreeSize))!;
        Assert.True(new EvidenceLedger.Integrity.Checkpoints.NoteVerifier(ledger.LedgerKey).VerifyCheckpoint(note).IsValid);
        var check = CosignatureCheck.Check(note, ledger.Witnesses.Select(w => w.Key), 2);
        Assert.True(check.ThresholdMet, string.Join("; ", check.Rejected.Select(r => r.Reason)));
        Assert.All(ledger.Witnesses, w => Assert.True(WitnessedLedger.StateOf(w).TreeSize >= second.TreeSize));
    }
}
