using System.Net;
using System.Text.Json;
using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Evidence.Envelopes;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Replaying;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace EvidenceLedger.Server.Tests.Evidence.TimeTravel;

/// <summary>
/// Replays and the write side's state read the evidence streams back through Marten, typed by their stored names. At
/// every version, every recorded instant (and a tick either side) and every position, Marten gives exactly the events,
/// and the actor, instant, version, position and reason, that the ledger's own reader of its chained rows gives.
/// </summary>
public sealed class Reading_the_history_through_marten(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    [Fact]
    public async Task Marten_reads_every_stream_back_as_the_ledger_stored_it_at_every_limit()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SyriaDirect);
        await (await documenter.PostJson($"/api/sources/{source}/reliability", new { reliability = "A", rationale = "Consistently confirmed" }))
            .Expect(HttpStatusCode.OK);
        var incident = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var claim = await documenter.RecordClaim(incident, DeirEzZor.GunBattleClaim(source));
        await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/corrections",
            new { statement = "Four IS members were killed in a gun battle", reason = "Attackers named" })).Expect(HttpStatusCode.OK);
        await (await documenter.PostJson($"/api/incidents/{incident}/claims/{claim}/retraction", new { reason = "Conflated" })).Expect(HttpStatusCode.OK);

        var store = server.Services.GetRequiredService<LedgerEventStore>();
        var history = server.Services.GetRequiredService<EvidenceHistory>();
        foreach (var streamId in new[] { EvidenceStreams.Incident(incident), EvidenceStreams.Source(source) })
        {
            var stored = await ReadOwnAsync(store.ReadStreamAsync(streamId));
            Assert.NotEmpty(stored);
            foreach (var limit in LimitsAround(stored))
            {
                var expected = await ReadOwnAsync(store.ReadStreamAsync(streamId, limit));
                var read = streamId.StartsWith(EvidenceStreams.IncidentPrefix, StringComparison.Ordinal)
                    ? (await history.IncidentAsync(incident, limit)).Select(e => Comparable(e.Event, e.Envelope))
                    : (await history.SourceAsync(source, limit)).Select(e => Comparable(e.Event, e.Envelope));
                Assert.Equal(expected, read.ToList());
            }
        }
    }

    [Fact]
    public async Task Marten_reads_every_incident_back_in_position_order_as_of_an_instant_or_a_position()
    {
        var documenter = await server.As(Role.Documenter);
        var source = await documenter.RegisterSource(DeirEzZor.SoundAndPicture);
        var first = await documenter.RecordIncident(DeirEzZor.GunBattle());
        var second = await documenter.RecordIncident(DeirEzZor.TwoWeeksOfLosses);
        await documenter.RecordClaim(first, DeirEzZor.GunBattleClaim(source));
        await documenter.RecordClaim(second, DeirEzZor.ThirtyKilledClaim(source));

        var store = server.Services.GetRequiredService<LedgerEventStore>();
        var history = server.Services.GetRequiredService<EvidenceHistory>();
        var all = await ReadOwnAsync(store.ReadAllAsync(ReadLimit.None, EvidenceStreams.IncidentPrefix));
        foreach (var limit in LimitsAround(all).Where(limit => limit is not ReadLimit.UpToVersion))
        {
            var expected = await ReadOwnAsync(store.ReadAllAsync(limit, EvidenceStreams.IncidentPrefix));
            var read = new List<string>();
            await foreach (var (@event, envelope) in history.AllIncidentsAsync(limit)) read.Add(Comparable(@event, envelope));
            Assert.Equal(expected, read);
        }
    }

    /// <summary>Every version, every recorded instant and a tick either side, every position and one either side, and the extremes.</summary>
    private static IEnumerable<ReadLimit> LimitsAround(IReadOnlyList<string> stored)
    {
        yield return ReadLimit.None;
        yield return ReadLimit.AsOf(Instant.MinValue);
        yield return ReadLimit.AsOf(Instant.MaxValue);
        yield return ReadLimit.AtPosition(0);
        foreach (var line in stored)
        {
            var envelope = JsonSerializer.Deserialize<JsonElement>(line).GetProperty("envelope");
            var version = envelope.GetProperty("Version").GetInt64();
            var position = envelope.GetProperty("Position").GetInt64();
            var at = Instant.FromDateTimeOffset(envelope.GetProperty("RecordedAt").GetDateTimeOffset());
            yield return ReadLimit.ToVersion(version - 1);
            yield return ReadLimit.ToVersion(version);
            yield return ReadLimit.AtPosition(position - 1);
            yield return ReadLimit.AtPosition(position);
            yield return ReadLimit.AsOf(at - Duration.FromTicks(10));
            yield return ReadLimit.AsOf(at);
            yield return ReadLimit.AsOf(at + Duration.FromTicks(10));
        }
    }

    /// <summary>The ledger's own reading of its rows: each evidence event deserialized by the ledger's serializer, with its envelope.</summary>
    private static async Task<List<string>> ReadOwnAsync(IAsyncEnumerable<StoredEvent> events)
    {
        var read = new List<string>();
        await foreach (var stored in events)
        {
            if (EvidenceEvents.Serializer.Deserialize(stored) is { } @event) read.Add(Comparable(@event, EvidenceEvents.Envelope(stored)));
        }
        return read;
    }

    private static string Comparable(object @event, EventEnvelopeInfo envelope) =>
        JsonSerializer.Serialize(new { type = @event.GetType().Name, data = JsonSerializer.SerializeToElement(@event, @event.GetType(), EvidenceLedger.EventStore.Events.EventSerializer.DefaultOptions), envelope = new
        {
            envelope.Actor,
            RecordedAt = envelope.RecordedAt.ToDateTimeOffset(),
            envelope.Version,
            envelope.Position,
            envelope.Reason,
        } });
}
