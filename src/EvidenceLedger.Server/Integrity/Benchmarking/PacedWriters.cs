using System.Diagnostics;
using System.Text.Json;
using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;

namespace EvidenceLedger.Server.Integrity.Benchmarking;

/// <summary>Writers that append at a fixed overall rate (as a steady load, not flat out), in small multi-event appends over many streams.</summary>
internal sealed class PacedWriters(LedgerEventStore store, double eventsPerSecond, int eventsPerAppend = 10, int writers = 8)
{
    private static readonly JsonElement Payload = JsonDocument.Parse(
        """{"statement":"more than 30 IS members have been killed","count":{"min":31},"place":"al-Bukamal"}""").RootElement.Clone();

    /// <summary>Appends until <paramref name="duration"/> has passed; returns how many events were written.</summary>
    public async Task<long> RunAsync(string streamPrefix, TimeSpan duration, CancellationToken ct)
    {
        var interval = TimeSpan.FromSeconds(eventsPerAppend * writers / eventsPerSecond);
        var stopwatch = Stopwatch.StartNew();
        var written = await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            long count = 0;
            for (var i = 0L; ; i++)
            {
                var due = interval * i + interval * w / writers;
                if (due >= duration) return count;
                if (due > stopwatch.Elapsed) await Task.Delay(due - stopwatch.Elapsed, ct);
                await AppendAsync(store, $"{streamPrefix}-{w}-{i % 50}", eventsPerAppend, ct);
                count += eventsPerAppend;
            }
        }, ct)));
        return written.Sum();
    }

    public static Task<AppendResult> AppendAsync(LedgerEventStore store, string stream, int count, CancellationToken ct) =>
        store.AppendAsync(stream, ExpectedVersion.Any,
            Enumerable.Range(0, count).Select(_ => new EventToAppend(Guid.NewGuid(), "bench_event", Payload)).ToList(),
            new AppendMetadata("bench", Guid.NewGuid()), ct);
}
