using EvidenceLedger.Server.CommandLine;
using EvidenceLedger.Server.Exporting.Recording;
using EvidenceLedger.Server.Projections;
using EvidenceLedger.Server.Tests.Exporting.Support;
using Npgsql;

namespace EvidenceLedger.Server.Tests.Exporting;

/// <summary>The exports are Marten documents folded from the export streams: rebuilt, they list exactly as before.</summary>
public sealed class Rebuilding_the_exports(ExportServer server) : IClassFixture<ExportServer>
{
    [Fact]
    public async Task Rebuilding_the_exports_brings_back_every_sealed_export_with_its_position_and_seal()
    {
        var first = await server.DocumentAsync();
        var second = await server.DocumentAsync();
        await server.ExportAsync(first.IncidentId, reason: "first");
        await server.ExportAsync(second.IncidentId, reason: "second");
        await server.ExportAsync(first.IncidentId, reason: "third");
        var exports = server.Get<ExportQueries>();
        var before = await exports.ListAsync();
        Assert.Equal(3, before.Items.Count);

        await AdminExecuteAsync("DELETE FROM ledger.mt_doc_exportlisting");
        Assert.Empty((await exports.ListAsync()).Items);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await RebuildCommand.RunAsync(server.Get<ProjectionRebuilds>(), ExportsProjection.ProjectionName, output, error, CancellationToken.None);

        Assert.Equal((0, ""), (exit, error.ToString()));
        Assert.Equal("Rebuilt exports (inline) from 6 events.", output.ToString().Trim());
        var after = await exports.ListAsync();
        Assert.Equal(before.Items, after.Items);
        Assert.Equal(["third", "second", "first"], after.Items.Select(e => e.Reason));
    }

    private async Task AdminExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
