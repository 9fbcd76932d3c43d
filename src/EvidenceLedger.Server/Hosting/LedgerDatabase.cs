using EvidenceLedger.EmbeddedPostgres;
using Npgsql;

namespace EvidenceLedger.Server.Hosting;

/// <summary>
/// The ledger's PostgreSQL database as this process uses it: the app's data source (the restricted role on the
/// embedded cluster), the owner's connection string for migrations, and the embedded cluster when there is one.
/// </summary>
public sealed class LedgerDatabase(NpgsqlDataSource dataSource, string ownerConnectionString, PostgresCluster? cluster) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource => dataSource;
    public string OwnerConnectionString => ownerConnectionString;
    public PostgresCluster? Cluster => cluster;

    public async ValueTask DisposeAsync()
    {
        await dataSource.DisposeAsync();
        if (cluster is not null) await cluster.DisposeAsync();
    }
}
