using JasperFx.CodeGeneration;
using Npgsql;
using Wolverine;
using Wolverine.Persistence.Durability;
using Wolverine.Postgresql;
using Wolverine.Runtime;

namespace EvidenceLedger.Server.Hosting;

/// <summary>
/// Wolverine's message storage (its envelope tables, in schema <c>wolverine</c>), which its Marten integration needs
/// for every session it opens. Like every schema change it is made by the owner role when the database is migrated,
/// never by the server: a Wolverine of its own, built on the owner's connection and never started, builds the tables. The server's role may then read and write them: they hold Wolverine's working state, never evidence.
/// </summary>
public static class WolverineMessageStorage
{
    public const string Schema = "wolverine";

    public static async Task MigrateAsync(string ownerConnectionString, string? appRole, CancellationToken ct = default)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.UseWolverine(options =>
        {
            options.ApplicationAssembly = typeof(WolverineMessageStorage).Assembly;
            options.Discovery.DisableConventionalDiscovery();
            options.Durability.Mode = DurabilityMode.MediatorOnly;
            options.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;
            options.PersistMessagesWithPostgresql(ownerConnectionString, Schema, MessageStoreRole.Main);
        });
        using (var host = builder.Build())
        {
            await host.Services.GetRequiredService<IWolverineRuntime>().Storage.Admin.MigrateAsync();
        }
        if (appRole is null) return;

        await using var dataSource = NpgsqlDataSource.Create(ownerConnectionString);
        await using var command = dataSource.CreateCommand($$"""
            DO $grant$
            DECLARE r text := '{{appRole.Replace("'", "''", StringComparison.Ordinal)}}';
            BEGIN
                EXECUTE format('GRANT USAGE ON SCHEMA {{Schema}} TO %I', r);
                EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {{Schema}} TO %I', r);
                EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {{Schema}} TO %I', r);
                EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA {{Schema}} TO %I', r);
            END $grant$;
            """);
        await command.ExecuteNonQueryAsync(ct);
    }
}
