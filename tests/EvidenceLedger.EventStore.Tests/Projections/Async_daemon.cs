using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;
using Npgsql;

namespace EvidenceLedger.EventStore.Tests.Projections;

public sealed class Async_daemon(LedgerDatabase database) : StoreTestBase(database)
{
    private static readonly DaemonOptions Fast = new() { PollInterval = TimeSpan.FromMilliseconds(50), LeaderRetryInterval = TimeSpan.FromMilliseconds(50), BatchSize = 25 };

    /// <summary>Counts only this test's streams (named after the projection): the class's tests share one log.</summary>
    private async Task<long> Count(string projection)
    {
        await using var command = DataSource.CreateCommand($"SELECT count(*) FROM \"{ProjectionSchemas.Live(projection)}\".seen WHERE stream_id LIKE '{projection}-%'");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<long> CheckpointPosition(string projection)
    {
        await using var command = DataSource.CreateCommand("SELECT coalesce(max(position), 0) FROM ledger.projection_checkpoints WHERE name = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = projection });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Catches up until the projection holds <paramref name="expected"/> of this test's events. The log's horizon is
    /// cluster-wide, so transactions of tests running in parallel elsewhere on the cluster may hold a pass back.
    /// </summary>
    private async Task<long> CatchUpUntil(ProjectionDaemon daemon, string projection, long expected)
    {
        long applied = 0;
        for (var i = 0; i < 200 && await Count(projection) < expected; i++)
        {
            applied += await daemon.CatchUpAsync();
            if (await Count(projection) < expected) await Task.Delay(50);
        }
        return applied;
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200 && !await condition(); i++) await Task.Delay(50);
        Assert.True(await condition());
    }

    [Fact]
    public async Task The_daemon_catches_up_and_resumes_from_its_checkpoint_after_a_restart()
    {
        var projection = new SeenEventsProjection("restart");
        await ProjectionSetup.EnsureCreatedAsync(Owner, [projection]);
        var store = Store();
        for (var i = 0; i < 4; i++) await store.AppendAsync(TestEvents.StreamId("restart"), ExpectedVersion.NoStream, TestEvents.Many(30), TestEvents.By());

        using (var first = new ProjectionDaemon(DataSource, [projection], Fast))
        using (var stop = new CancellationTokenSource())
        {
            var running = first.RunAsync(stop.Token);
            await Eventually(async () => await Count("restart") == 120);
            await stop.CancelAsync();
            await running;
        }
        var checkpointAfterFirstRun = await CheckpointPosition("restart");

        for (var i = 0; i < 2; i++) await store.AppendAsync(TestEvents.StreamId("restart"), ExpectedVersion.NoStream, TestEvents.Many(30), TestEvents.By());
        using var second = new ProjectionDaemon(DataSource, [projection], Fast);
        await CatchUpUntil(second, "restart", 180);

        // The projection's primary key would have failed the batch had anything before the checkpoint been applied again.
        Assert.Equal(180, await Count("restart"));
        Assert.True(await CheckpointPosition("restart") > checkpointAfterFirstRun);
    }

    [Fact]
    public async Task Only_one_daemon_per_database_leads()
    {
        var projection = new SeenEventsProjection("leader");
        await ProjectionSetup.EnsureCreatedAsync(Owner, [projection]);
        using var a = new ProjectionDaemon(DataSource, [projection], Fast);
        using var b = new ProjectionDaemon(DataSource, [projection], Fast);
        using var stop = new CancellationTokenSource();
        var runs = new[] { a.RunAsync(stop.Token), b.RunAsync(stop.Token) };

        await Eventually(() => Task.FromResult(a.IsLeader || b.IsLeader));
        await Task.Delay(300);
        Assert.True(a.IsLeader ^ b.IsLeader);

        await Store().AppendAsync(TestEvents.StreamId("leader"), ExpectedVersion.NoStream, TestEvents.Many(10), TestEvents.By());
        await Eventually(async () => await Count("leader") == 10);
        await stop.CancelAsync();
        await Task.WhenAll(runs);
    }

    [Fact]
    public async Task A_stopped_leader_hands_over_to_a_daemon_in_another_process()
    {
        var projection = new SeenEventsProjection("handover");
        await ProjectionSetup.EnsureCreatedAsync(Owner, [projection]);
        using (var first = new ProjectionDaemon(DataSource, [projection], Fast))
        using (var stop = new CancellationTokenSource())
        {
            var running = first.RunAsync(stop.Token);
            await Eventually(() => Task.FromResult(first.IsLeader));
            await stop.CancelAsync();
            await running;
        }

        // Pooled sessions are not reset on return, so only an explicit release frees the lock for another pool.
        await using var otherProcess = LedgerDataSource.Create(new NpgsqlConnectionStringBuilder(Database.AppConnectionString) { ApplicationName = "other-process" }.ConnectionString);
        using var second = new ProjectionDaemon(otherProcess, [projection], Fast);
        using var stopSecond = new CancellationTokenSource();
        var secondRun = second.RunAsync(stopSecond.Token);
        await Eventually(() => Task.FromResult(second.IsLeader));
        await stopSecond.CancelAsync();
        await secondRun;
    }

    [Fact]
    public async Task A_rebuild_replays_into_fresh_tables_and_swaps_them_in()
    {
        var projection = new SeenEventsProjection("rebuilt");
        await ProjectionSetup.EnsureCreatedAsync(Owner, [projection]);
        var store = Store();
        await store.AppendAsync(TestEvents.StreamId("rebuilt"), ExpectedVersion.NoStream, TestEvents.Many(40), TestEvents.By());
        using var daemon = new ProjectionDaemon(DataSource, [projection], Fast, Owner);
        await CatchUpUntil(daemon, "rebuilt", 40);
        await using (var damage = DataSource.CreateCommand($"DELETE FROM \"{ProjectionSchemas.Live("rebuilt")}\".seen WHERE version > 10"))
            await damage.ExecuteNonQueryAsync();
        Assert.Equal(10, await Count("rebuilt"));

        await daemon.RebuildAsync("rebuilt");
        await CatchUpUntil(daemon, "rebuilt", 40); // the rebuilt checkpoint is past the damaged rows: only the rebuild restores them

        Assert.Equal(40, await Count("rebuilt"));
        await store.AppendAsync(TestEvents.StreamId("rebuilt"), ExpectedVersion.NoStream, TestEvents.Many(5), TestEvents.By());
        await CatchUpUntil(daemon, "rebuilt", 45);
        Assert.Equal(45, await Count("rebuilt"));
    }
}
