using System.Diagnostics;
using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.CommandLine;
using EvidenceLedger.Server.Projections;
using Microsoft.Extensions.DependencyInjection;

namespace EvidenceLedger.Server.Tests.Projections;

/// <summary>
/// An async projection is rebuilt by the daemon's leader when its definition changed, and the command line leaves it
/// alone while a running server leads the daemon.
/// </summary>
public sealed class Rebuilding_async_projections(ProjectionServer server) : IClassFixture<ProjectionServer>
{
    [Fact]
    public async Task The_daemons_leader_rebuilds_an_async_projection_whose_version_changed_before_catching_it_up()
    {
        await using (var before = await server.StartAnotherAsync(services => services.AddProjection(new EventCount(), ProjectionLifecycle.Async)))
        {
            await WaitUntilAsync(async () => Equals(await server.QueryAsync("SELECT version FROM ledger.projection_definitions WHERE name = 'event_count'"), 1));
            await before.StopAsync();
        }
        var first = await server.QueryAsync("SELECT rebuilt_at FROM ledger.projection_definitions WHERE name = 'event_count'");

        await using var app = await server.StartAnotherAsync(services => services.AddProjection(new EventCount(), ProjectionLifecycle.Async, version: 2));
        await WaitUntilAsync(async () => Equals(await server.QueryAsync("SELECT version FROM ledger.projection_definitions WHERE name = 'event_count'"), 2));
        await WaitUntilAsync(async () => Equals(await server.QueryAsync("SELECT events FROM proj_event_count.counted"),
            await server.QueryAsync("SELECT count(*) FROM ledger.events")));

        Assert.NotEqual(first, await server.QueryAsync("SELECT rebuilt_at FROM ledger.projection_definitions WHERE name = 'event_count'"));
        await app.StopAsync();
    }

    [Fact]
    public async Task The_command_line_refuses_to_rebuild_an_async_projection_while_a_server_leads_the_daemon()
    {
        await using var app = await server.StartAnotherAsync(services => services.AddProjection(new EventCount(), ProjectionLifecycle.Async));
        await WaitUntilAsync(async () => await server.QueryAsync("SELECT 1 FROM ledger.projection_checkpoints WHERE name = 'event_count'") is not null);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await RebuildCommand.RunAsync(app.Services.GetRequiredService<ProjectionRebuilds>(), "event_count", output, error, CancellationToken.None);

        Assert.Equal((1, ""), (exit, output.ToString()));
        Assert.Contains("leads the async daemon", error.ToString(), StringComparison.Ordinal);
        await app.StopAsync();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "Not reached within 30 s.");
            await Task.Delay(100);
        }
    }

    /// <summary>How many events the log holds, as one row.</summary>
    private sealed class EventCount : IProjection
    {
        public string Name => "event_count";

        public async Task CreateTablesAsync(ProjectionContext context, CancellationToken ct)
        {
            await using var command = context.Command($"CREATE TABLE {context.Table("counted")} (events bigint NOT NULL); INSERT INTO {context.Table("counted")} VALUES (0)");
            await command.ExecuteNonQueryAsync(ct);
        }

        public async Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct)
        {
            await using var command = context.Command($"UPDATE {context.Table("counted")} SET events = events + $1");
            command.Parameters.Add(new() { Value = (long)events.Count });
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
