using EvidenceLedger.Testing;
using System.Text.Json;
using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Verification;
using EvidenceLedger.Testing.Clocks;
using NodaTime;
using Npgsql;

namespace EvidenceLedger.Integrity.Tests.Logging.Support;

/// <summary>
/// A whole ledger over its own fresh database, written through the app role as in production: store, integrator,
/// signer, proofs, verifier, and a superuser connection for the tampering an attacker with database access could do.
/// </summary>
public sealed class TestLedger : IAsyncDisposable
{
    public const string Origin = "ledger.test/evidence";

    private readonly IntegrityDatabase _database;

    private TestLedger(IntegrityDatabase database, MerkleLogOptions options)
    {
        _database = database;
        DataSource = LedgerDataSource.Create(database.AppConnectionString);
        Store = new LedgerEventStore(DataSource, Clock);
        Integrator = new MerkleLogIntegrator(DataSource, options);
        Signer = new CheckpointSigner(DataSource, Key, Clock, options);
        Log = new MerkleLog(DataSource);
        Checkpoints = new CheckpointLog(DataSource);
        Verifier = new LedgerVerifier(DataSource);
    }

    public SettableClock Clock { get; } = new(Instant.FromUtc(2015, 11, 25, 9, 0));

    public NoteSigner Key { get; } = NoteSigner.Generate(Origin);

    public NpgsqlDataSource DataSource { get; }

    public LedgerEventStore Store { get; }

    public MerkleLogIntegrator Integrator { get; }

    public CheckpointSigner Signer { get; }

    public MerkleLog Log { get; }

    public CheckpointLog Checkpoints { get; }

    public LedgerVerifier Verifier { get; }

    public string AdminConnectionString => _database.AdminConnectionString;

    public static async Task<TestLedger> CreateAsync(MerkleLogOptions? options = null)
    {
        var database = new IntegrityDatabase();
        await database.InitializeAsync();
        return new TestLedger(database, options ?? new MerkleLogOptions());
    }

    /// <summary>Appends <paramref name="count"/> events to the stream, one transaction (and so one place in the log order) each.</summary>
    public async Task<List<StoredEvent>> AppendAsync(string streamId, int count, string actor = "amira")
    {
        var appended = new List<AppendedEvent>();
        for (var i = 0; i < count; i++)
        {
            Clock.Advance(Duration.FromSeconds(1));
            var data = JsonSerializer.SerializeToElement(new { statement = $"statement {i} of {streamId}", count = i });
            var result = await Store.AppendAsync(streamId, ExpectedVersion.Any, [new EventToAppend(Guid.NewGuid(), "claim_recorded", data)],
                new AppendMetadata(actor, Guid.NewGuid()));
            appended.AddRange(result.Events);
        }

        // As stored, with the chain hashes the database gave them.
        var ids = appended.Select(e => e.EventId).ToHashSet();
        return await Store.ReadStreamAsync(streamId).Where(e => ids.Contains(e.EventId)).ToListAsync();
    }

    /// <summary>Integrates every event written so far and signs a checkpoint of it.</summary>
    public async Task<StoredCheckpoint> IntegrateAndSignAsync()
    {
        await IntegrateAllAsync();
        return await Signer.SignAsync();
    }

    /// <summary>Integrates every event written so far; returns how many leaves that added.</summary>
    public async Task<long> IntegrateAllAsync()
    {
        await WaitUntilSettledAsync();
        return await Integrator.CatchUpAsync();
    }

    /// <summary>Waits until the complete log's fence has passed every event stored now.</summary>
    public Task WaitUntilSettledAsync() => SettledLog.WaitUntilSettledAsync(DataSource);

    public Task<VerificationReport> VerifyAsync(string? savedCheckpoint = null, int batchSize = 5000) =>
        Verifier.VerifyAsync(new VerificationOptions { TrustedKey = Signer.Verifier, SavedCheckpoint = savedCheckpoint, BatchSize = batchSize });

    public async Task<List<StoredEvent>> CompleteLogAsync()
    {
        await WaitUntilSettledAsync();
        var events = new List<StoredEvent>();
        await foreach (var e in Store.ReadAllAsync())
        {
            events.Add(e);
        }

        return events;
    }

    /// <summary>Runs SQL as the superuser with triggers and foreign keys off, as someone tampering with the database would.</summary>
    public Task TamperAsync(string sql, params object[] parameters) => Tampering.ExecuteAsync(AdminConnectionString, sql, parameters);

    public async Task<T> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        Integrator.Dispose();
        await DataSource.DisposeAsync();
        await _database.DisposeAsync();
    }
}
