using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;

namespace EvidenceLedger.EventStore.Tests.Projections;

public sealed class Inline_projections(LedgerDatabase database) : StoreTestBase(database)
{
    private async Task<long> Count()
    {
        await using var command = DataSource.CreateCommand($"SELECT count(*) FROM \"{ProjectionSchemas.Live("inline_seen")}\".seen");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task An_inline_projection_commits_with_the_append_and_not_without_it()
    {
        var projection = new SeenEventsProjection("inline_seen");
        await ProjectionSetup.EnsureCreatedAsync(DataSource, [projection]);
        var store = Store(projection);
        var stream = TestEvents.StreamId();
        var events = TestEvents.Many(3);

        await store.AppendAsync(stream, ExpectedVersion.NoStream, events, TestEvents.By());
        Assert.Equal(3, await Count());

        await Assert.ThrowsAsync<ConcurrencyException>(() => store.AppendAsync(stream, ExpectedVersion.NoStream, TestEvents.Many(2), TestEvents.By()));
        await store.AppendAsync(stream, ExpectedVersion.NoStream, events, TestEvents.By()); // an idempotent retry applies nothing again
        Assert.Equal(3, await Count());

        await new ProjectionRebuilder(DataSource).RebuildAsync(projection, ProjectionLifecycle.Inline);
        Assert.Equal(3, await Count());
    }
}
