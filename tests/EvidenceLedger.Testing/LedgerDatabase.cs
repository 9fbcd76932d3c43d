using System.Reflection;
using EvidenceLedger.EmbeddedPostgres;
using EvidenceLedger.EventStore.Schema;
using Npgsql;
using Xunit;

namespace EvidenceLedger.Testing;

/// <summary>
/// A class fixture giving each test class its own freshly migrated database on the shared test cluster,
/// dropped when the class is done. Derive and override <see cref="Modules"/> to add a module's migrations.
/// </summary>
public class LedgerDatabase : IAsyncLifetime
{
    private PostgresCluster? _cluster;

    public string Name { get; } = "t_" + Guid.NewGuid().ToString("N")[..12];

    public PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The database is not initialized yet.");

    /// <summary>The superuser, for setting up and inspecting what the application role may not touch.</summary>
    public string AdminConnectionString => Cluster.AdminConnectionString(Name);

    /// <summary>The application's login, with the grants the migrations give it.</summary>
    public string AppConnectionString => Cluster.AppConnectionString(Name);

    /// <summary>Assemblies whose migrations run after the event store's own.</summary>
    protected virtual IEnumerable<Assembly> Modules => [];

    public virtual async Task InitializeAsync()
    {
        _cluster = await TestCluster.Instance;
        await _cluster.CreateDatabaseAsync(Name, CancellationToken.None);
        try
        {
            await SchemaMigrator.MigrateAsync(AdminConnectionString, _cluster.AppRole, Modules, ct: CancellationToken.None);
        }
        catch
        {
            await DropAsync();
            throw;
        }
    }

    public virtual async Task DisposeAsync()
    {
        if (_cluster is not null) await DropAsync();
    }

    private async Task DropAsync()
    {
        // Closing this process's idle pooled connections first keeps the forced drop from killing them.
        await using (var admin = new NpgsqlConnection(AdminConnectionString)) NpgsqlConnection.ClearPool(admin);
        await using (var app = new NpgsqlConnection(AppConnectionString)) NpgsqlConnection.ClearPool(app);
        await Cluster.DropDatabaseAsync(Name, CancellationToken.None);
    }
}
