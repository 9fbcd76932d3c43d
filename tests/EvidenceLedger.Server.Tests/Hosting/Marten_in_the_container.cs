using EvidenceLedger.EventStore;
using EvidenceLedger.Testing.Server;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine.Persistence.Durability;
using Wolverine.Runtime;

namespace EvidenceLedger.Server.Tests.Hosting;

/// <summary>
/// Marten is registered with AddMarten().IntegrateWithWolverine(): the store appends through the container's
/// DocumentStore, and the server (on the app role) keeps no Wolverine envelope storage and runs no Marten daemon.
/// </summary>
public sealed class Marten_in_the_container(LedgerServer server) : IClassFixture<LedgerServer>
{
    [Fact]
    public void The_event_store_appends_through_the_containers_document_store() =>
        Assert.Same(server.Get<IDocumentStore>(), server.Get<LedgerEventStore>().Marten);

    [Fact]
    public void Wolverine_keeps_no_message_store() =>
        Assert.IsType<NullMessageStore>(server.Get<IWolverineRuntime>().Storage);

    [Fact]
    public async Task The_started_server_created_no_wolverine_tables()
    {
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relname LIKE 'wolverine%' OR c.relname = 'mt_doc_envelope' OR n.nspname LIKE 'wolverine%'
            """, connection);

        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public void Martens_async_daemon_is_not_registered()
    {
        Assert.Null(server.Services.GetService<Marten.Events.Daemon.Coordination.IProjectionCoordinator>());
        Assert.Equal(DaemonMode.Disabled, server.Get<StoreOptions>().Projections.AsyncMode);
    }
}
