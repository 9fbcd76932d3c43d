using EvidenceLedger.EmbeddedPostgres;
using Npgsql;

namespace EvidenceLedger.Server.Hosting;

/// <summary>
/// The ledger's PostgreSQL database as this process uses it: the app's data source (the restricted role on the
/// embedded cluster), and the embedded cluster when there is one, released with it.
/// </summary>
public sealed class LedgerDatabase(NpgsqlDataSource dataSource, PostgresCluster? cluster) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource => dataSource;

    /// <summary>The embedded cluster this process started or attached to; null with <c>ConnectionStrings:Ledger</c>.</summary>
    public PostgresCluster? Cluster => cluster;

    public async ValueTask DisposeAsync()
    {
        await dataSource.DisposeAsync();
        if (cluster is not null) await cluster.DisposeAsync();
    }
}
