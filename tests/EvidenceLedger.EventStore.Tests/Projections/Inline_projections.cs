using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;
using Marten;

namespace EvidenceLedger.EventStore.Tests.Projections;

public sealed class Inline_projections(LedgerDatabase database) : StoreTestBase(database)
{
    private async Task<long> Count(string stream, string projection = "inline_seen")
    {
        await using var command = DataSource.CreateCommand($"SELECT count(*) FROM \"{ProjectionSchemas.Live(projection)}\".seen WHERE stream_id = $1");
        command.Parameters.Add(new() { Value = stream });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task An_inline_projection_commits_with_the_append_and_not_without_it()
    {
        var projection = new SeenEventsProjection("inline_seen");
        await ProjectionSetup.EnsureCreatedAsync(Owner, [projection]);
        var store = Store(projection);
        var stream = TestEvents.StreamId();
        var events = TestEvents.Many(3);

        await store.AppendAsync(stream, ExpectedVersion.NoStream, events, TestEvents.By());
        Assert.Equal(3, await Count(stream));

        await Assert.ThrowsAsync<ConcurrencyException>(() => store.AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(2), TestEvents.By()));
        await store.AppendAsync(stream, ExpectedVersion.NoStream, events, TestEvents.By()); // an idempotent retry applies nothing again
        Assert.Equal(3, await Count(stream));

        await new ProjectionRebuilder(Owner).RebuildAsync(projection, ProjectionLifecycle.Inline);
        Assert.Equal(3, await Count(stream));
    }

    [Fact]
    public async Task An_inline_projection_sees_each_event_as_it_is_stored()
    {
        var projection = new RecordingProjection("inline_recording");
        var store = Store(projection);
        var stream = TestEvents.StreamId();
        await store.AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(2), TestEvents.By());
        await store.AppendAsync(stream, ExpectedVersion.Exactly(2), TestEvents.Many(3), TestEvents.By("a second hand", "checked again"));

        var stored = await store.ReadStreamAsync(stream).ToListAsync();

        Assert.Equal(stored.Select(Chained), projection.Seen.Select(Chained));
        Assert.Equal(stored.Select(e => (e.Position, e.TxId, e.Type, e.Actor, e.RecordedAt, e.CorrelationId, e.CausationId, e.Reason)),
            projection.Seen.Select(e => (e.Position, e.TxId, e.Type, e.Actor, e.RecordedAt, e.CorrelationId, e.CausationId, e.Reason)));
    }

    [Fact]
    public async Task A_session_the_store_did_not_open_runs_the_inline_projections_in_its_own_transaction()
    {
        var projection = new SeenEventsProjection("inline_session");
        await ProjectionSetup.EnsureCreatedAsync(Owner, [projection]);
        var store = Store(projection);
        var stream = TestEvents.StreamId();

        // As a Wolverine handler does: a session from Marten's store, saved by whoever opened it.
        await using (var session = store.Marten.LightweightSession())
        {
            await store.StageAsync(session, stream, ExpectedVersion.NoStream, TestEvents.Many(2), TestEvents.By());
            await session.SaveChangesAsync();
        }
        Assert.Equal(2, await Count(stream, "inline_session"));

        await using (var session = store.Marten.LightweightSession())
        {
            await store.StageAsync(session, stream, ExpectedVersion.Exactly(2), TestEvents.Many(1), TestEvents.By());
            session.QueueSqlCommand("SELECT 1/0");
            await Assert.ThrowsAnyAsync<Exception>(() => session.SaveChangesAsync());
        }
        Assert.Equal(2, await Count(stream, "inline_session"));
        Assert.Equal(2, (await store.FetchStreamStateAsync(stream))!.Version);
    }

    [Fact]
    public async Task A_failing_inline_projection_leaves_no_event_behind()
    {
        var store = Store(new FailingProjection());
        var stream = TestEvents.StreamId();

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(2), TestEvents.By()));

        Assert.Null(await store.FetchStreamStateAsync(stream));
    }

    private sealed class FailingProjection : IProjection
    {
        public string Name => "inline_failing";

        public Task CreateTablesAsync(ProjectionContext context, CancellationToken ct) => Task.CompletedTask;

        public Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct) =>
            throw new InvalidOperationException("This projection refuses every event.");
    }

    private static (Guid, string, long, string?, string) Chained(StoredEvent e) =>
        (e.EventId, e.StreamId, e.Version, e.PreviousHash is null ? null : Convert.ToHexString(e.PreviousHash), Convert.ToHexString(e.Hash));
}
