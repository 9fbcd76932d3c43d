using EvidenceLedger.Server.Projections;
using Npgsql;

namespace EvidenceLedger.Server.Tests.Projections;

/// <summary>A document projection's definition: its version, and its table as the catalog describes it, whatever SQL made it.</summary>
public sealed class Defining_a_projection(EvidenceLedger.Testing.LedgerDatabase database) : IClassFixture<EvidenceLedger.Testing.LedgerDatabase>
{
    [Fact]
    public async Task The_definition_changes_with_a_column_an_index_or_the_version_and_not_with_how_the_sql_is_written()
    {
        await using var dataSource = NpgsqlDataSource.Create(database.AdminConnectionString);
        var table = $"public.notes_{Guid.NewGuid():N}";
        async Task<ProjectionDefinition> Of(string sql, int version = 1)
        {
            await ExecuteAsync(dataSource, $"DROP TABLE IF EXISTS {table}; " + string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, table));
            return await ProjectionDefinition.OfTableAsync(dataSource, version, table, CancellationToken.None);
        }

        var original = await Of("CREATE TABLE {0} (id uuid PRIMARY KEY, body text NOT NULL)");

        Assert.Equal(original, await Of("create table {0} ( id UUID primary key,\n body TEXT not null )"));
        Assert.NotEqual(original, await Of("CREATE TABLE {0} (id uuid PRIMARY KEY, body text)"));
        Assert.NotEqual(original, await Of("CREATE TABLE {0} (id uuid PRIMARY KEY, body varchar(200) NOT NULL)"));
        Assert.NotEqual(original, await Of("CREATE TABLE {0} (id uuid PRIMARY KEY, body text NOT NULL); CREATE INDEX ON {0} (body)"));
        Assert.NotEqual(original, await Of("CREATE TABLE {0} (id uuid PRIMARY KEY, body text NOT NULL)", version: 2));
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
