using System.Diagnostics;
using EvidenceLedger.Server.CommandLine;
using EvidenceLedger.Server.Projections;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Tests.Users.Activity.Support;
using EvidenceLedger.Server.Users;
using EvidenceLedger.Server.Users.Activity;
using Marten;
using Npgsql;

namespace EvidenceLedger.Server.Tests.Users.Activity;

/// <summary>
/// The activity is Marten's async projection, run by the leader's daemon: each act counted once, under the id of the
/// user who recorded it (or the name of an actor that is no user), by kind; a rebuild empties it and the daemon counts
/// every act again, none twice.
/// </summary>
public sealed class Counting_each_actors_acts(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_users_acts_are_counted_in_the_background_under_their_id_by_kind()
    {
        var user = await server.RegisterAsync(Role.Documenter, "Hiba Counted");
        using var documenter = server.WithToken(user.Token);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));

        var activity = await WaitForAsync(user.Id.ToString("D"), acts => acts == 3);

        Assert.Equal(("Hiba Counted", (Guid?)user.Id, "claim_recorded"), (activity.Actor, activity.UserId, activity.LastActType));
        Assert.Equal(new Dictionary<string, long> { ["claim_recorded"] = 1, ["incident_recorded"] = 1, ["source_registered"] = 1 }, activity.ActsByType);
        Assert.True(activity.FirstActAt <= activity.LastActAt);
    }

    [Fact]
    public async Task The_daemon_reads_on_connections_without_bitmap_scans()
    {
        // Right after a burst, with no statistics yet, Marten's page query sorted the whole rest of the log for every page
        // (EventStore.Tests: Catching_the_daemon_up_after_a_burst); the server's other connections keep the planner as it is.
        var database = server.Get<EvidenceLedger.Server.Hosting.LedgerDatabase>();

        Assert.Equal(("off", "on"), (await BitmapScansAsync(database.DaemonDataSource), await BitmapScansAsync(database.DataSource)));
    }

    private static async Task<string> BitmapScansAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SHOW enable_bitmapscan");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Once_the_daemon_has_caught_up_every_actors_count_is_what_the_log_holds()
    {
        using var documenter = await server.ClientFor(Role.Documenter);
        await documenter.RecordIncident(DeirEzZor.GunBattle());

        var activity = await WaitUntilCountedAsync();

        Assert.Equal(activity.InTheLog, activity.Counted);
        Assert.Contains(activity.Counted, actor => actor.Key == "system:bootstrap");
    }

    [Fact]
    public async Task Rebuilding_the_activity_empties_it_and_the_daemon_counts_every_act_again_and_none_twice()
    {
        var user = await server.RegisterAsync(Role.Documenter, "Karam Rebuilt");
        using var documenter = server.WithToken(user.Token);
        await documenter.RecordIncident(DeirEzZor.GunBattle());
        await WaitForAsync(user.Id.ToString("D"), acts => acts == 1);
        var events = await ScalarAsync<long>("SELECT count(*) FROM ledger.mt_events");

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RebuildCommand.RunAsync(server.Get<ProjectionRebuilds>(), ActivityProjection.ProjectionName, output, error, CancellationToken.None);

        Assert.Equal((RebuildCommand.Rebuilt, ""), (exit, error.ToString()));
        Assert.Equal($"Rebuilt activity (async) from {events} events: emptied, the leader's async daemon replays them.", output.ToString().Trim());
        await documenter.RecordIncident(DeirEzZor.GunBattle());
        Assert.Equal(2, (await WaitForAsync(user.Id.ToString("D"), acts => acts >= 2)).Acts);
        var activity = await WaitUntilCountedAsync();
        Assert.Equal(activity.InTheLog, activity.Counted);
    }

    [Fact]
    public async Task Rebuilding_the_activity_again_and_again_while_acts_are_recorded_loses_and_doubles_none()
    {
        using var documenter = await server.ClientFor(Role.Documenter);
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested) await documenter.RecordIncident(DeirEzZor.GunBattle());
        })).ToList();

        for (var rebuild = 0; rebuild < 20; rebuild++)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await RebuildCommand.RunAsync(server.Get<ProjectionRebuilds>(), ActivityProjection.ProjectionName, output, error, CancellationToken.None);
            Assert.Equal((RebuildCommand.Rebuilt, ""), (exit, error.ToString()));
            await Task.Delay(20);
        }
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        var activity = await WaitUntilCountedAsync();
        Assert.Equal(activity.InTheLog, activity.Counted);
    }

    /// <summary>The actor's activity once <paramref name="counted"/> holds of its acts.</summary>
    private async Task<ActorActivity> WaitForAsync(string key, Func<long, bool> counted)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            await using var session = server.Get<IDocumentStore>().QuerySession();
            if (await session.LoadAsync<ActorActivity>(key) is { } activity && counted(activity.Acts)) return activity;
            Assert.True(waited.Elapsed < Patience, $"The activity of {key} was not counted within {Patience.TotalSeconds:0} s.");
            await Task.Delay(100);
        }
    }

    /// <summary>The activity against the log once the daemon's progress has reached the log's last event.</summary>
    private async Task<ActivityState> WaitUntilCountedAsync()
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var state = await ActivityState.ReadAsync(server.AdminConnectionString);
            if (state.CaughtUp) return state;
            Assert.True(waited.Elapsed < Patience, $"The daemon did not reach position {state.LastPosition} within {Patience.TotalSeconds:0} s.");
            await Task.Delay(100);
        }
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() is T value ? value : default!;
    }
}
