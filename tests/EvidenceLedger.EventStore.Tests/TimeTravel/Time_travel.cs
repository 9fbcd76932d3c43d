using EvidenceLedger.EventStore.Aggregation;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Tests.Support;
using EvidenceLedger.Testing;
using NodaTime;

namespace EvidenceLedger.EventStore.Tests.TimeTravel;

public sealed class Time_travel(LedgerDatabase database) : StoreTestBase(database)
{
    private static IReadOnlyList<string> Evolve(IReadOnlyList<string> state, StoredEvent e) => [.. state, e.Data.GetProperty("word").GetString()!];

    private async Task<(string Stream, Instant[] Instants, long[] Positions)> ThreeWordings()
    {
        var store = Store();
        var stream = TestEvents.StreamId();
        var instants = new Instant[3];
        var positions = new long[3];
        string[] words = ["four killed", "five killed", "retracted"];
        for (var i = 0; i < 3; i++)
        {
            instants[i] = Clock.Advance(Duration.FromHours(1));
            var result = await store.AppendAsync(stream, ExpectedVersion.Exactly(i), [TestEvents.New(data: new { word = words[i] })], TestEvents.By());
            positions[i] = result.LastPosition;
        }
        return (stream, instants, positions);
    }

    [Fact]
    public async Task Aggregating_to_a_version_shows_the_state_at_that_version()
    {
        var (stream, _, _) = await ThreeWordings();
        var (state, version) = await Store().AggregateStreamAsync<IReadOnlyList<string>>(stream, [], Evolve, ReadLimit.ToVersion(2));
        Assert.Equal(["four killed", "five killed"], state);
        Assert.Equal(2, version);
    }

    [Fact]
    public async Task Aggregating_as_of_an_instant_shows_what_was_recorded_by_then()
    {
        var (stream, instants, _) = await ThreeWordings();
        var store = Store();

        Assert.Empty((await store.AggregateStreamAsync<IReadOnlyList<string>>(stream, [], Evolve, ReadLimit.AsOf(instants[0] - Duration.FromSeconds(1)))).State);
        Assert.Equal(["four killed"], (await store.AggregateStreamAsync<IReadOnlyList<string>>(stream, [], Evolve, ReadLimit.AsOf(instants[0]))).State);
        Assert.Equal(2, (await store.AggregateStreamAsync<IReadOnlyList<string>>(stream, [], Evolve, ReadLimit.AsOf(instants[1] + Duration.FromMinutes(30)))).State.Count);
        Assert.Equal(3, (await store.AggregateStreamAsync<IReadOnlyList<string>>(stream, [], Evolve, ReadLimit.AsOf(instants[2]))).State.Count);
    }

    [Fact]
    public async Task Aggregating_at_a_log_position_shows_what_the_log_held_up_to_it()
    {
        var (stream, _, positions) = await ThreeWordings();
        var (state, _) = await Store().AggregateStreamAsync<IReadOnlyList<string>>(stream, [], Evolve, ReadLimit.AtPosition(positions[1]));
        Assert.Equal(["four killed", "five killed"], state);
    }
}
