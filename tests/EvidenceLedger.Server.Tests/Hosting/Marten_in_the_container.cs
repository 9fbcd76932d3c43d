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
/// DocumentStore; Wolverine keeps its message storage beside it, made by the owner role, and no Marten daemon runs.
/// </summary>
public sealed class Marten_in_the_container(LedgerServer server) : IClassFixture<LedgerServer>
{
    [Fact]
    public void The_event_store_appends_through_the_containers_document_store() =>
        Assert.Same(server.Get<IDocumentStore>(), server.Get<LedgerEventStore>().Marten);

    [Fact]
    public void Wolverine_keeps_its_messages_in_the_ledgers_database() =>
        Assert.IsNotType<NullMessageStore>(server.Get<IWolverineRuntime>().Storage);

    [Fact]
    public async Task Wolverines_tables_were_made_by_the_owner_not_by_the_server()
    {
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT count(*) FILTER (WHERE c.relkind = 'r'),
                   count(*) FILTER (WHERE pg_get_userbyid(c.relowner) <> current_user),
                   (SELECT count(*) FROM pg_class WHERE relname = 'mt_doc_envelope')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'wolverine'
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();

        Assert.True(reader.GetInt64(0) > 0, "Wolverine's envelope tables are missing.");
        Assert.Equal(0L, reader.GetInt64(1));
        Assert.Equal(0L, reader.GetInt64(2));
    }

    [Fact]
    public void Martens_async_daemon_is_not_registered_as_a_service_the_leader_runs_it_solo()
    {
        Assert.Null(server.Services.GetService<Marten.Events.Daemon.Coordination.IProjectionCoordinator>());
        Assert.Equal(DaemonMode.Solo, server.Get<StoreOptions>().Projections.AsyncMode);
    }
}
