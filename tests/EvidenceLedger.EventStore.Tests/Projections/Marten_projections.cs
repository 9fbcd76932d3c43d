using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Events;
using EvidenceLedger.EventStore.Hashing;
using EvidenceLedger.EventStore.MartenStorage;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;

namespace EvidenceLedger.EventStore.Tests.Projections;

public sealed class Marten_projections(LedgerDatabase database) : StoreTestBase(database)
{
    private static readonly EventSerializer Serializer = new(new EventTypeRegistry([typeof(CasualtiesCounted)]));

    [Fact]
    public async Task A_Marten_inline_projection_sees_the_domain_record_that_was_appended()
    {
        var seen = new SeenByMarten();
        using var marten = DocumentStore.For(options =>
        {
            LedgerMarten.ConfigureForAppending(options, DataSource, Clock, Serializer.Registry);
            options.Projections.Add(seen, ProjectionLifecycle.Inline, "seen_by_marten");
        });
        var store = new LedgerEventStore(DataSource, Clock, marten);
        var streamId = TestEvents.StreamId("incident");

        await store.AppendAsync(streamId, ExpectedVersion.NoStream, [Serializer.ToAppend(new CasualtiesCounted("more than 30", 31, null))], TestEvents.By());

        var appended = Assert.Single(seen.Events);
        Assert.Equal(new CasualtiesCounted("more than 30", 31, null), appended.Data);
        Assert.Equal((streamId, 1L, "casualties_counted"), (appended.StreamKey, appended.Version, appended.EventTypeName));
    }

    [Fact]
    public async Task The_payload_hash_of_a_record_covers_the_data_as_stored()
    {
        var streamId = TestEvents.StreamId("incident");

        await Store().AppendAsync(streamId, ExpectedVersion.NoStream, [Serializer.ToAppend(new CasualtiesCounted("about 12", 12, null))], TestEvents.By(reason: "counted"));

        await using var command = DataSource.CreateCommand("SELECT data::text, headers->>'payloadSha256' FROM ledger.mt_events WHERE stream_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        using var stored = System.Text.Json.JsonDocument.Parse(reader.GetString(0));
        Assert.Contains("\"reported\": \"about 12\"", reader.GetString(0), StringComparison.Ordinal);
        Assert.Equal(EventBody.PayloadSha256(stored.RootElement, "counted"), reader.GetString(1));
    }

    [Fact]
    public async Task A_failing_Marten_inline_projection_leaves_no_event_and_no_chain_row_behind()
    {
        using var marten = DocumentStore.For(options =>
        {
            LedgerMarten.ConfigureForAppending(options, DataSource, Clock, Serializer.Registry);
            options.Projections.Add(new RefusingEverything(), ProjectionLifecycle.Inline, "refusing_everything");
        });
        var store = new LedgerEventStore(DataSource, Clock, marten);
        var streamId = TestEvents.StreamId("incident");
        var chainRows = await AdminScalar<long>("SELECT count(*) FROM ledger.event_chain");

        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => store.AppendAsync(streamId, ExpectedVersion.NoStream,
            [Serializer.ToAppend(new CasualtiesCounted("more than 30", 31, null))], TestEvents.By()));

        Assert.Null(await store.FetchStreamStateAsync(streamId));
        Assert.Equal(chainRows, await AdminScalar<long>("SELECT count(*) FROM ledger.event_chain"));
    }

    [EventType("casualties_counted")]
    private sealed record CasualtiesCounted(string Reported, int Lowest, int? Highest);

    /// <summary>Every event Marten hands its inline projections, as it hands them.</summary>
    private sealed class SeenByMarten : Marten.Events.Projections.IProjection
    {
        public List<IEvent> Events { get; } = [];

        public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
        {
            Events.AddRange(events);
            return Task.CompletedTask;
        }
    }

    private sealed class RefusingEverything : Marten.Events.Projections.IProjection
    {
        public Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation) =>
            throw new InvalidOperationException("This projection refuses every event.");
    }
}
