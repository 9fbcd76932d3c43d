using System.Text.Json;
using EvidenceLedger.EventStore.MartenStorage;
using JasperFx;
using Marten;
using Npgsql;

namespace EvidenceLedger.Server.Benchmarking;

/// <summary>
/// Marten as a Marten user would run it, configured like the ledger's but in a schema of its own, without the ledger's
/// guards, NOT NULL columns or read-back: the bench's measure of what the ledger's promises cost.
/// </summary>
internal sealed class PlainMarten(DocumentStore store) : IDisposable
{
    /// <summary>Plain Marten's schema, which also holds the catch-up projection's documents.</summary>
    public const string Schema = "bench_marten";

    public static async Task<PlainMarten> CreateAsync(NpgsqlDataSource dataSource)
    {
        var store = DocumentStore.For(options =>
        {
            options.Connection(dataSource);
            LedgerMarten.Configure(options, TimeProvider.System, AutoCreate.CreateOrUpdate);
            options.DatabaseSchemaName = Schema;
            options.Events.DatabaseSchemaName = Schema;
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return new PlainMarten(store);
    }

    public async Task AppendAsync(string stream, long expected, int count, JsonElement payload, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.CorrelationId = Guid.NewGuid().ToString();
        session.LastModifiedBy = "bench";
        var events = Enumerable.Range(0, count).Select(_ => (object)new StoredJson(payload)).ToArray();
        var action = expected == 0 ? session.Events.StartStream(stream, events) : session.Events.Append(stream, expected + count, events);
        foreach (var e in action.Events)
        {
            e.Id = Guid.CreateVersion7();
            e.EventTypeName = BenchEvent.TypeName;
        }
        await session.SaveChangesAsync(ct);
    }

    public void Dispose() => store.Dispose();
}
