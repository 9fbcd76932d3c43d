using EvidenceLedger.EventStore.Projections;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Projections;
using Npgsql;

namespace EvidenceLedger.Server.Tests.Projections;

/// <summary>A projection's definition: its version, and its tables as the catalog describes them, whatever SQL made them.</summary>
public sealed class Defining_a_projection(EvidenceLedger.Testing.LedgerDatabase database) : IClassFixture<EvidenceLedger.Testing.LedgerDatabase>
{
    [Fact]
    public async Task The_definition_changes_with_a_column_an_index_or_the_version_and_not_with_how_the_sql_is_written()
    {
        // The owner's, as in the server: the server's role may not create the scratch schema.
        await using var dataSource = NpgsqlDataSource.Create(database.AdminConnectionString);
        async Task<ProjectionDefinition> Of(string tables, int version = 1) =>
            await ProjectionDefinition.OfAsync(dataSource, new ProjectionRegistration(new Notes(tables), ProjectionLifecycle.Inline, version), CancellationToken.None);

        var original = await Of("CREATE TABLE {0} (id uuid PRIMARY KEY, body text NOT NULL)");

        Assert.Equal(original, await Of("create table {0} ( id UUID primary key,\n body TEXT not null )"));
        Assert.NotEqual(original, await Of("CREATE TABLE {0} (id uuid PRIMARY KEY, body text)"));
        Assert.NotEqual(original, await Of("CREATE TABLE {0} (id uuid PRIMARY KEY, body varchar(200) NOT NULL)"));
        Assert.NotEqual(original, await Of("CREATE TABLE {0} (id uuid PRIMARY KEY, body text NOT NULL); CREATE INDEX notes_body ON {0} (body)"));
        Assert.NotEqual(original, await Of("CREATE TABLE {0} (id uuid PRIMARY KEY, body text NOT NULL)", version: 2));
        Assert.Equal(0L, await CountSchemasAsync(dataSource));
    }

    private static async Task<long> CountSchemasAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'proj_notes%'");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private sealed class Notes(string tables) : IProjection
    {
        public string Name => "notes";

        public async Task CreateTablesAsync(ProjectionContext context, CancellationToken ct)
        {
            await using var command = context.Command(string.Format(System.Globalization.CultureInfo.InvariantCulture, tables, context.Table("notes")));
            await command.ExecuteNonQueryAsync(ct);
        }

        public Task ApplyAsync(ProjectionContext context, IReadOnlyList<StoredEvent> events, CancellationToken ct) => Task.CompletedTask;
    }
}
