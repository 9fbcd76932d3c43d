using EvidenceLedger.EmbeddedPostgres;
using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.EventStore.Schema;
using Npgsql;

namespace EvidenceLedger.Server.Hosting;

/// <summary>
/// The ledger's PostgreSQL database as this process uses it: the app's data source (the restricted role on the
/// embedded cluster), the owner role that makes the schema changes after the migrations (projection tables and their
/// rebuilds, the key vault), and the embedded cluster when there is one, released with it.
/// </summary>
public sealed class LedgerDatabase(NpgsqlDataSource dataSource, SchemaOwner owner, PostgresCluster? cluster,
    NpgsqlDataSource? daemonDataSource = null) : IAsyncDisposable
{
    public NpgsqlDataSource DataSource => dataSource;

    /// <summary>The app role's connections for Marten's async daemon (<see cref="LedgerDataSource.ForDaemon"/>).</summary>
    public NpgsqlDataSource DaemonDataSource => daemonDataSource ?? dataSource;

    public SchemaOwner Owner => owner;

    /// <summary>The embedded cluster this process started or attached to; null with <c>ConnectionStrings:Ledger</c>.</summary>
    public PostgresCluster? Cluster => cluster;

    public async ValueTask DisposeAsync()
    {
        await dataSource.DisposeAsync();
        if (daemonDataSource is not null) await daemonDataSource.DisposeAsync();
        await owner.DataSource.DisposeAsync();
        if (cluster is not null) await cluster.DisposeAsync();
    }
}
