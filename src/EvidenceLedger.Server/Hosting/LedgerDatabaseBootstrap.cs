using System.Reflection;
using EvidenceLedger.EmbeddedPostgres;
using EvidenceLedger.EventStore.Connections;
using EvidenceLedger.EventStore.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace EvidenceLedger.Server.Hosting;

/// <summary>
/// Resolves the database from configuration: <c>ConnectionStrings:Ledger</c> when given (with an optional
/// <c>ConnectionStrings:LedgerOwner</c> for migrations), otherwise the private cluster under
/// <c>Ledger:DataDirectory</c>, started or shared. Then migrates the schema.
/// </summary>
public static class LedgerDatabaseBootstrap
{
    public const string DatabaseName = "ledger";

    /// <summary>The modules whose migrations run after the event store's own (which the migrator always adds).</summary>
    public static IReadOnlyList<Assembly> SchemaModules { get; } =
    [
        typeof(EvidenceLedger.Integrity.Merkle.MerkleHash).Assembly,
        typeof(LedgerDatabaseBootstrap).Assembly,
    ];

    public static async Task<LedgerDatabase> OpenAsync(IConfiguration configuration, ILoggerFactory? loggers = null, CancellationToken ct = default)
    {
        loggers ??= NullLoggerFactory.Instance;
        var configured = configuration.GetConnectionString("Ledger");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var owner = configuration.GetConnectionString("LedgerOwner") ?? configured;
            // A separate owner migrates; the configured login then gets the app role's grants.
            var appRole = owner == configured ? null : new NpgsqlConnectionStringBuilder(configured).Username;
            await SchemaMigrator.MigrateAsync(owner, appRole, SchemaModules, LedgerDocuments.Configure, ct);
            await WolverineMessageStorage.MigrateAsync(owner, appRole, ct);
            return new LedgerDatabase(LedgerDataSource.Create(configured), new SchemaOwner(LedgerDataSource.Create(owner), appRole), cluster: null,
                LedgerDataSource.ForDaemon(configured));
        }

        var cluster = await PostgresCluster.StartOrAttachAsync(new EmbeddedClusterOptions
        {
            DataDirectory = DataDirectory(configuration),
            Logger = loggers.CreateLogger("EvidenceLedger.EmbeddedPostgres"),
        }, ct);
        try
        {
            await cluster.CreateDatabaseAsync(DatabaseName, ct);
            var ownerConnection = cluster.AdminConnectionString(DatabaseName);
            await SchemaMigrator.MigrateAsync(ownerConnection, cluster.AppRole, SchemaModules, LedgerDocuments.Configure, ct);
            await WolverineMessageStorage.MigrateAsync(ownerConnection, cluster.AppRole, ct);
            return new LedgerDatabase(LedgerDataSource.Create(cluster.AppConnectionString(DatabaseName)),
                new SchemaOwner(LedgerDataSource.Create(ownerConnection), cluster.AppRole), cluster,
                LedgerDataSource.ForDaemon(cluster.AppConnectionString(DatabaseName)));
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public static string DataDirectory(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Ledger:DataDirectory"] is { Length: > 0 } configured ? configured : ".ledger-data");
}
