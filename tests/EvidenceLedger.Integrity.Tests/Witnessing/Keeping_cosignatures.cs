using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Tests.Logging.Support;
using EvidenceLedger.Integrity.Witnessing;
using Npgsql;

namespace EvidenceLedger.Integrity.Tests.Witnessing;

public sealed class Keeping_cosignatures : IAsyncLifetime
{
    private readonly WitnessSigner _alpha = WitnessSigner.Generate("alpha.example/witness");
    private readonly WitnessSigner _beta = WitnessSigner.Generate("beta.example/witness");
    private TestLedger _ledger = null!;
    private CheckpointCosignatures _cosignatures = null!;

    public async Task InitializeAsync()
    {
        _ledger = await TestLedger.CreateAsync();
        _cosignatures = new CheckpointCosignatures(_ledger.DataSource);
    }

    public async Task DisposeAsync() => await _ledger.DisposeAsync();

    [Fact]
    public async Task Stored_cosignatures_are_appended_to_the_checkpoints_note_which_still_verifies()
    {
        var checkpoint = await SignedCheckpointAsync();

        Assert.True(await _cosignatures.AddAsync(checkpoint.TreeSize, _alpha.VerifierKey, Cosign(_alpha, checkpoint), _ledger.Clock.GetCurrentInstant()));
        Assert.True(await _cosignatures.AddAsync(checkpoint.TreeSize, _beta.VerifierKey, Cosign(_beta, checkpoint), _ledger.Clock.GetCurrentInstant()));

        var note = await _cosignatures.CosignedNoteAsync(checkpoint.TreeSize);
        Assert.StartsWith(checkpoint.Note, note, StringComparison.Ordinal);
        Assert.True(_ledger.Signer.Verifier.VerifyCheckpoint(note!).IsValid);
        Assert.True(CosignatureCheck.Check(note!, [_alpha.VerifierKey, _beta.VerifierKey], 2).ThresholdMet);
        Assert.Equal(checkpoint.TreeSize, await _cosignatures.LatestCosignedSizeAsync(_alpha.VerifierKey));
    }

    [Fact]
    public async Task A_cosignature_that_does_not_verify_with_the_witness_key_is_not_stored()
    {
        var checkpoint = await SignedCheckpointAsync();
        var byAnother = Cosign(WitnessSigner.Generate(_alpha.Name), checkpoint);

        Assert.False(await _cosignatures.AddAsync(checkpoint.TreeSize, _alpha.VerifierKey, byAnother, _ledger.Clock.GetCurrentInstant()));
        Assert.Empty(await _cosignatures.OfCheckpointAsync(checkpoint.TreeSize));
        Assert.Null(await _cosignatures.LatestCosignedSizeAsync(_alpha.VerifierKey));
    }

    [Fact]
    public async Task A_cosignature_of_a_checkpoint_the_ledger_never_signed_is_not_stored()
    {
        var checkpoint = await SignedCheckpointAsync();

        Assert.False(await _cosignatures.AddAsync(checkpoint.TreeSize + 1, _alpha.VerifierKey, Cosign(_alpha, checkpoint), _ledger.Clock.GetCurrentInstant()));
    }

    [Fact]
    public async Task Waiting_for_cosignatures_ends_when_enough_witnesses_cosigned_or_times_out()
    {
        var checkpoint = await SignedCheckpointAsync();
        await _cosignatures.AddAsync(checkpoint.TreeSize, _alpha.VerifierKey, Cosign(_alpha, checkpoint), _ledger.Clock.GetCurrentInstant());

        var two = _cosignatures.WaitForAsync(checkpoint.TreeSize, 2, TimeSpan.FromSeconds(30));
        Assert.False(await _cosignatures.WaitForAsync(checkpoint.TreeSize, 2, TimeSpan.FromMilliseconds(300)));
        await _cosignatures.AddAsync(checkpoint.TreeSize, _beta.VerifierKey, Cosign(_beta, checkpoint), _ledger.Clock.GetCurrentInstant());

        Assert.True(await two);
        Assert.True(await _cosignatures.WaitForAsync(checkpoint.TreeSize, 1, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("UPDATE ledger.checkpoint_cosignatures SET line = line")]
    [InlineData("DELETE FROM ledger.checkpoint_cosignatures")]
    [InlineData("TRUNCATE ledger.checkpoint_cosignatures")]
    public async Task Cosignatures_refuse_changes_even_from_the_owner(string change)
    {
        var checkpoint = await SignedCheckpointAsync();
        await _cosignatures.AddAsync(checkpoint.TreeSize, _alpha.VerifierKey, Cosign(_alpha, checkpoint), _ledger.Clock.GetCurrentInstant());
        await using var owner = new NpgsqlConnection(_ledger.AdminConnectionString);
        await owner.OpenAsync();
        await using var command = new NpgsqlCommand(change, owner);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal("EL001", refused.SqlState);
    }

    [Fact]
    public async Task The_application_role_may_not_delete_cosignatures()
    {
        var checkpoint = await SignedCheckpointAsync();
        await using var command = _ledger.DataSource.CreateCommand("DELETE FROM ledger.checkpoint_cosignatures");

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.True(checkpoint.TreeSize > 0);
    }

    private async Task<StoredCheckpoint> SignedCheckpointAsync()
    {
        await _ledger.AppendAsync("incident-1", 3);
        return await _ledger.IntegrateAndSignAsync();
    }

    private static Cosignature Cosign(WitnessSigner witness, StoredCheckpoint checkpoint) =>
        witness.Cosign(CheckpointNote.Format(new Checkpoint(TestLedger.Origin, checkpoint.TreeSize, checkpoint.RootHash)), 1_764_000_000);
}
