using EvidenceLedger.Testing;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Witnessing;
using EvidenceLedger.Server.Tests.Witnessing.Support;
using EvidenceLedger.Server.Witnessing.Cosigning;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using Npgsql;

namespace EvidenceLedger.Server.Tests.Witnessing;

public sealed class Witnessing_a_rewritten_ledger(WitnessedLedger ledger) : IClassFixture<WitnessedLedger>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Witnesses_refuse_to_cosign_a_history_a_database_superuser_rewrote()
    {
        var cosignatures = ledger.Get<CheckpointCosignatures>();
        await ledger.AppendAsync("incident-kept", 4);
        var kept = await ledger.IntegrateAndSignAsync();
        Assert.True(await cosignatures.WaitForAsync(kept.TreeSize, 2, Patience));
        var rewritten = await ledger.AppendAsync("incident-rewritten", 3);
        var witnessed = await ledger.IntegrateAndSignAsync();
        Assert.True(await cosignatures.WaitForAsync(witnessed.TreeSize, 2, Patience));

        await RewriteAfterAsync(kept.TreeSize, [.. rewritten.Select(e => e.EventId)]);
        await ledger.AppendAsync("incident-after", 4);
        var divergent = await ledger.IntegrateAndSignAsync();

        Assert.True(divergent.TreeSize > witnessed.TreeSize);
        Assert.NotEqual(witnessed.RootHash, await ledger.Get<MerkleLog>().RootAsync(witnessed.TreeSize));
        var restarted = Restarted();
        await restarted.RunRoundAsync(CancellationToken.None);
        Assert.All(restarted.Progress, p =>
        {
            Assert.Equal(422, p.LastStatus);
            Assert.Equal(witnessed.TreeSize, p.WitnessedSize);
        });
        Assert.False(await cosignatures.WaitForAsync(divergent.TreeSize, 1, TimeSpan.FromSeconds(3)));
        Assert.All(ledger.Witnesses, w => Assert.Equal((witnessed.TreeSize, Convert.ToBase64String(witnessed.RootHash)), WitnessedLedger.StateOf(w)));
        Assert.All(ledger.Witnesses, w => Assert.NotEmpty(Directory.GetFiles(Path.Combine(w.State.FullName, "refused"))));
    }

    /// <summary>
    /// What a superuser could do: give the events after <paramref name="size"/> another reason (their payload hash header
    /// dropped, so the integrator hashes what is stored now), drop the tree, checkpoints and
    /// cosignatures past that size with the triggers off, and point the integrator back, so the leader builds a new history.
    /// </summary>
    private async Task RewriteAfterAsync(long size, Guid[] eventIds)
    {
        var options = ledger.Get<MerkleLogOptions>();
        await using var connection = await Tampering.OpenAsync(ledger.AdminConnectionString);
        await using var tx = await connection.BeginTransactionAsync();
        await Tampering.GuardsOffAsync(connection, tx);
        await ExecuteAsync(connection, tx, $"SELECT pg_advisory_xact_lock({options.IntegrationLockKey}), pg_advisory_xact_lock({options.SigningLockKey})");
        await ExecuteAsync(connection, tx, "UPDATE ledger.events SET reason = 'rewritten by a superuser', payload_sha256 = NULL WHERE event_id = ANY($1)", eventIds);
        await ExecuteAsync(connection, tx, "DELETE FROM ledger.merkle_leaves WHERE leaf_index >= $1", size);
        await ExecuteAsync(connection, tx, "DELETE FROM ledger.merkle_nodes WHERE (node_index + 1) * (1::bigint << level) > $1", size);
        await ExecuteAsync(connection, tx, "DELETE FROM ledger.checkpoints WHERE tree_size > $1", size);
        await ExecuteAsync(connection, tx, "DELETE FROM ledger.checkpoint_cosignatures WHERE tree_size > $1", size);
        await ExecuteAsync(connection, tx, """
            UPDATE ledger.projection_checkpoints p SET position = e.position
            FROM ledger.merkle_leaves l JOIN ledger.events e ON e.event_id = l.event_id
            WHERE l.leaf_index = $1 - 1 AND p.name = 'merkle_log'
            """, size);
        await Tampering.GuardsOnAsync(connection, tx);
        await tx.CommitAsync();
    }

    /// <summary>The ledger's witnessing as a restarted server has it: it knows only what the database says the witnesses cosigned.</summary>
    private CheckpointWitnessing Restarted() => new(ledger.Get<WitnessConfiguration>(), ledger.Get<WitnessClient>(), ledger.Get<CheckpointLog>(),
        ledger.Get<MerkleLog>(), ledger.Get<CheckpointCosignatures>(), ledger.Get<IClock>(), NullLogger<CheckpointWitnessing>.Instance);

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        foreach (var parameter in parameters) command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        await command.ExecuteNonQueryAsync();
    }
}
