using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Testing;
using System.Text.Json;
using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Testing.Server;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace EvidenceLedger.Server.Tests.Integrity;

/// <summary>The real server, with helpers to write events and to bring the Merkle log and its checkpoints up to date on demand.</summary>
public class IntegrityServer : LedgerServer
{
    public string DataDirectory => Get<IConfiguration>()["Ledger:DataDirectory"]!;

    public async Task<List<StoredEvent>> AppendAsync(string streamId, int count)
    {
        var appended = new List<AppendedEvent>();
        for (var i = 0; i < count; i++)
        {
            var data = JsonSerializer.SerializeToElement(new { statement = $"statement {i}" });
            var result = await Get<LedgerEventStore>().AppendAsync(streamId, ExpectedVersion.Any,
                [new EventToAppend(Guid.NewGuid(), "probe_recorded", data)], new AppendMetadata("amira", Guid.NewGuid()));
            appended.AddRange(result.Events);
        }

        // As stored, with the chain hashes the database gave them.
        var ids = appended.Select(e => e.EventId).ToHashSet();
        return await Get<LedgerEventStore>().ReadStreamAsync(streamId).Where(e => ids.Contains(e.EventId)).ToListAsync();
    }

    /// <summary>Integrates every event stored so far (waiting out the shared test cluster's horizon) and signs a checkpoint.</summary>
    public async Task<StoredCheckpoint> IntegrateAndSignAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await Get<MerkleLogIntegrator>().CatchUpAsync();
            if (await Get<MerkleLog>().TreeSizeAsync() == await CountEventsAsync()) break;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The Merkle log did not catch up with the events within 30 s.");
            await Task.Delay(10);
        }

        return await Get<CheckpointSigner>().SignAsync();
    }

    public Task TamperAsync(string sql, params object[] parameters) => Tampering.ExecuteAsync(AdminConnectionString, sql, parameters);

    private async Task<long> CountEventsAsync()
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM ledger.events", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
