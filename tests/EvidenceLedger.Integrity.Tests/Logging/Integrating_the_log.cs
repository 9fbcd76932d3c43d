using System.Collections.Concurrent;
using System.Text.Json;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.MartenStorage;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Schema;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Integrity.Tests.Logging.Support;
using Npgsql;

namespace EvidenceLedger.Integrity.Tests.Logging;

public sealed class Integrating_the_log : IAsyncLifetime
{
    private TestLedger _ledger = null!;

    public async Task InitializeAsync() => _ledger = await TestLedger.CreateAsync(new MerkleLogOptions { BatchSize = 50 });

    public async Task DisposeAsync() => await _ledger.DisposeAsync();

    [Fact]
    public async Task Every_committed_event_becomes_the_leaf_at_its_place_in_the_complete_order_while_writers_race_and_roll_back()
    {
        var committed = new ConcurrentBag<Guid>();
        using var writersDone = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 6).Select(writer => Task.Run(async () =>
        {
            var random = new Random(writer);
            for (var i = 0; i < 30; i++)
            {
                var events = Enumerable.Range(0, 1 + random.Next(3))
                    .Select(n => new EventToAppend(Guid.NewGuid(), "thing_happened", JsonSerializer.SerializeToElement(new { writer, i, n }))).ToList();
                await using var connection = await _ledger.DataSource.OpenConnectionAsync();
                await using var tx = await connection.BeginTransactionAsync();
                await _ledger.Store.AppendAsync(connection, tx, $"race-{writer}-{i % 4}", ExpectedVersion.Any, events, new AppendMetadata($"writer-{writer}", Guid.NewGuid()));
                var fate = random.Next(10);
                if (fate < 2)
                {
                    await tx.RollbackAsync();
                    continue;
                }

                if (fate < 5)
                {
                    await Task.Delay(random.Next(5, 40));
                }

                await tx.CommitAsync();
                foreach (var e in events)
                {
                    committed.Add(e.EventId);
                }
            }
        })).ToList();
        var integrating = Task.Run(async () =>
        {
            while (!writersDone.IsCancellationRequested)
            {
                await _ledger.Integrator.CatchUpAsync();
                await Task.Delay(3);
            }
        });

        await Task.WhenAll(writers);
        await writersDone.CancelAsync();
        await integrating;
        await _ledger.IntegrateAllAsync();

        var log = await _ledger.CompleteLogAsync();
        Assert.Equal(committed.Order(), log.Select(e => e.EventId).Order());
        var leaves = await LeavesAsync();
        Assert.Equal(Enumerable.Range(0, log.Count).Select(i => (long)i), leaves.Select(l => l.LeafIndex));
        Assert.Equal(log.Select(e => e.EventId), leaves.Select(l => l.EventId));
        Assert.Equal(log.Select(e => e.Position), leaves.Select(l => l.Position));
        Assert.Equal(log.Select(e => MerkleHash.Leaf(e.Hash)), leaves.Select(l => l.LeafHash));

        var expected = new MerkleAppender();
        foreach (var e in log)
        {
            expected.Append(MerkleHash.Leaf(e.Hash));
        }

        Assert.Equal(expected.Root(), await _ledger.Log.RootAsync(log.Count));
    }

    [Fact]
    public async Task An_event_written_around_the_ledgers_append_without_its_payload_hash_is_chained_from_its_data()
    {
        await _ledger.AppendAsync("source-1", 2);
        await using (var command = _ledger.DataSource.CreateCommand("""
            UPDATE ledger.mt_streams SET version = 3 WHERE id = 'source-1';
            INSERT INTO ledger.mt_events (seq_id, id, stream_id, version, data, type, timestamp, user_name, correlation_id)
            VALUES (nextval('ledger.mt_events_sequence'), gen_random_uuid(), 'source-1', 3, '{"count": 31, "place": "al-Bukamal"}',
                    'claim_recorded', now(), 'someone', gen_random_uuid()::text)
            """))
        {
            await command.ExecuteNonQueryAsync();
        }

        Assert.Equal(3, await _ledger.IntegrateAllAsync());

        var log = await _ledger.CompleteLogAsync();
        Assert.Equal(log.Select(e => MerkleHash.Leaf(e.Hash)), (await LeavesAsync()).Select(l => l.LeafHash));
        var report = await _ledger.VerifyAsync(batchSize: 2);
        Assert.True(report.Ok, string.Join("\n", report.Problems.Select(p => p.Message)));
    }

    [Fact]
    public async Task A_new_integrator_resumes_exactly_after_the_last_committed_batch()
    {
        await _ledger.AppendAsync("source-1", 70);
        await _ledger.IntegrateAllAsync();
        await _ledger.AppendAsync("source-2", 45);
        await _ledger.WaitUntilSettledAsync();
        using (var restarted = new MerkleLogIntegrator(_ledger.DataSource, new MerkleLogOptions { BatchSize = 7 }))
        {
            Assert.Equal(45, await restarted.CatchUpAsync());
        }

        await _ledger.AppendAsync("source-1", 3);
        Assert.Equal(3, await _ledger.IntegrateAllAsync());

        var log = await _ledger.CompleteLogAsync();
        var expected = new MerkleAppender();
        foreach (var e in log)
        {
            expected.Append(MerkleHash.Leaf(e.Hash));
        }

        Assert.Equal(118, await _ledger.Log.TreeSizeAsync());
        Assert.Equal(expected.Root(), await _ledger.Log.RootAsync(118));
        Assert.Equal(0, await _ledger.Integrator.CatchUpAsync());
    }

    [Fact]
    public async Task Only_subtrees_of_sixteen_leaves_and_more_are_stored_and_the_database_refuses_smaller_ones()
    {
        await _ledger.AppendAsync("incident-1", 40);
        await _ledger.IntegrateAllAsync();

        Assert.Equal("4:0 4:1 5:0", await _ledger.ScalarAsync<string>(
            "SELECT string_agg(level || ':' || node_index, ' ' ORDER BY level, node_index) FROM ledger.merkle_nodes"));
        var refused = await RefusedToTheOwnerAsync("INSERT INTO ledger.merkle_nodes (level, node_index, hash) VALUES (2, 100, sha256('x'))");
        Assert.Equal(PostgresErrorCodes.CheckViolation, refused.SqlState);
    }

    [Fact]
    public async Task The_integrator_records_its_cursor_beside_the_projections()
    {
        var appended = await _ledger.AppendAsync("incident-1", 4);
        await _ledger.IntegrateAllAsync();
        Assert.Equal(appended[^1].Position,
            await _ledger.ScalarAsync<long>("SELECT position FROM ledger.projection_checkpoints WHERE name = $1", MerkleLogIntegrator.CheckpointName));
    }

    [Fact]
    public async Task An_integrator_whose_last_leaf_lost_its_event_refuses_to_extend_the_log()
    {
        var appended = await _ledger.AppendAsync("incident-1", 5);
        await _ledger.IntegrateAllAsync();
        await _ledger.TamperAsync("DELETE FROM ledger.events WHERE event_id = $1", appended[^1].EventId);
        await _ledger.AppendAsync("incident-2", 1);

        using var restarted = new MerkleLogIntegrator(_ledger.DataSource);
        await Assert.ThrowsAsync<IntegrityViolationException>(() => restarted.CatchUpAsync());
        Assert.Equal(5, await _ledger.Log.TreeSizeAsync());
    }

    [Theory]
    [InlineData("UPDATE ledger.merkle_leaves SET leaf_hash = leaf_hash")]
    [InlineData("UPDATE ledger.event_chain SET hash = hash")]
    [InlineData("UPDATE ledger.merkle_nodes SET hash = hash")]
    [InlineData("UPDATE ledger.checkpoints SET note = note")]
    public async Task Leaves_nodes_and_checkpoints_refuse_updates_even_from_the_owner(string update)
    {
        await _ledger.AppendAsync("incident-1", 16); // the first stored node covers 16 leaves
        await _ledger.IntegrateAndSignAsync();
        var refused = await RefusedToTheOwnerAsync(update);
        Assert.Equal("EL001", refused.SqlState);
    }

    [Theory]
    [InlineData("DELETE FROM ledger.merkle_leaves")]
    [InlineData("DELETE FROM ledger.event_chain")]
    [InlineData("UPDATE ledger.event_chain SET hash = previous_hash")]
    [InlineData("DELETE FROM ledger.merkle_nodes")]
    [InlineData("TRUNCATE ledger.checkpoints")]
    public async Task The_application_role_may_not_delete_truncate_or_rewrite_the_tree(string delete)
    {
        await _ledger.AppendAsync("incident-1", 3);
        await _ledger.IntegrateAndSignAsync();
        await using var command = _ledger.DataSource.CreateCommand(delete);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task Running_Martens_migrations_again_leaves_the_leaves_and_the_chain_hashes_they_keep_intact()
    {
        await _ledger.AppendAsync("incident-1", 3);
        await _ledger.AppendAsync("source-1", 2);
        await _ledger.IntegrateAndSignAsync();
        var eventsBefore = await _ledger.CompleteLogAsync();
        var leavesBefore = await LeavesAsync();

        await LedgerMarten.ApplySchemaAsync(_ledger.AdminConnectionString);
        await SchemaMigrator.MigrateAsync(_ledger.AdminConnectionString, appRole: null, [typeof(MerkleHash).Assembly], ct: CancellationToken.None);

        var eventsAfter = await _ledger.CompleteLogAsync();
        Assert.All(eventsAfter, e => Assert.NotNull(e.Hash));
        Assert.Equal(eventsBefore.Select(Chain), eventsAfter.Select(Chain));
        Assert.Equal(leavesBefore.Select(Row), (await LeavesAsync()).Select(Row));
        static string Chain(StoredEvent e) => $"{e.Position} {Hex(e.PreviousHash)} {Hex(e.Hash)}";
        static string Row(MerkleLeaf l) => $"{l.LeafIndex} {l.EventId} {l.Position} {Hex(l.LeafHash)}";
        static string Hex(byte[]? bytes) => bytes is null ? "-" : Convert.ToHexStringLower(bytes);
        Assert.True((await _ledger.VerifyAsync()).Ok);
    }

    private async Task<List<MerkleLeaf>> LeavesAsync()
    {
        var leaves = new List<MerkleLeaf>();
        var size = await _ledger.Log.TreeSizeAsync();
        for (var i = 0L; i < size; i++)
        {
            leaves.Add((await _ledger.Log.LeafAtAsync(i))!);
        }

        return leaves;
    }

    private async Task<PostgresException> RefusedToTheOwnerAsync(string sql)
    {
        await using var owner = new NpgsqlConnection(_ledger.AdminConnectionString);
        await owner.OpenAsync();
        await using var command = new NpgsqlCommand(sql, owner);
        return await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
    }
}
