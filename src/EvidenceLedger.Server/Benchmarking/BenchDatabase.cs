using EvidenceLedger.EmbeddedPostgres;
using EvidenceLedger.EventStore.Schema;
using EvidenceLedger.Server.Hosting;
using Npgsql;

namespace EvidenceLedger.Server.Benchmarking;

/// <summary>A throw-away database on the configured server or on the (durable) embedded cluster, dropped afterwards.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly PostgresCluster? _cluster;
    private readonly string _name;

    private BenchDatabase(PostgresCluster? cluster, string name, string connectionString)
    {
        _cluster = cluster;
        _name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<BenchDatabase> CreateAsync(IConfiguration configuration, CancellationToken ct)
    {
        var name = $"bench_{Guid.NewGuid():N}"[..20];
        if (configuration.GetConnectionString("Ledger") is { Length: > 0 } configured)
        {
            // On an external server the bench runs in the configured database, in its own tables and streams.
            await SchemaMigrator.MigrateAsync(configured, null, LedgerDatabaseBootstrap.SchemaModules, LedgerDocuments.Configure, ct);
            return new BenchDatabase(null, name, configured);
        }
        var cluster = await PostgresCluster.StartOrAttachAsync(new EmbeddedClusterOptions { DataDirectory = LedgerDatabaseBootstrap.DataDirectory(configuration) }, ct);
        await cluster.CreateDatabaseAsync(name, ct);
        var connectionString = new NpgsqlConnectionStringBuilder(cluster.AdminConnectionString(name)) { MaxPoolSize = 64 }.ConnectionString;
        await SchemaMigrator.MigrateAsync(connectionString, cluster.AppRole, LedgerDatabaseBootstrap.SchemaModules, LedgerDocuments.Configure, ct);
        return new BenchDatabase(cluster, name, connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is null) return;
        NpgsqlConnection.ClearAllPools();
        await _cluster.DropDatabaseAsync(_name, CancellationToken.None);
        await _cluster.DisposeAsync();
    }
}
