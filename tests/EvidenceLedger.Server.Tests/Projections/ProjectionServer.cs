using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Testing.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EvidenceLedger.Server.Tests.Projections;

/// <summary>The test server, with its keys where another server on the same database can find them, and a few incidents.</summary>
public sealed class ProjectionServer : LedgerServer
{
    private readonly DirectoryInfo _keys = Directory.CreateTempSubdirectory("ledger-projection-keys-");

    protected override IEnumerable<KeyValuePair<string, string?>> Configuration => [new("Ledger:DataDirectory", _keys.FullName)];

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await EvidenceLedger.Testing.ScratchDirectory.DeleteAsync(_keys);
    }

    /// <summary>Another server process's start on the same database, run to the point where it listens, then stopped.</summary>
    public async Task StartAndStopAnotherAsync()
    {
        await using var app = await StartAnotherAsync();
        await app.StopAsync();
    }

    /// <summary>Another server on the same database, listening, with <paramref name="services"/> added to its own.</summary>
    public async Task<WebApplication> StartAnotherAsync(Action<IServiceCollection>? services = null)
    {
        var app = await LedgerApp.CreateAsync(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(
            [
                new("ConnectionStrings:Ledger", AppConnectionString),
                new("ConnectionStrings:LedgerOwner", AdminConnectionString),
                new("Ledger:DataDirectory", _keys.FullName),
                new("Logging:LogLevel:Default", "Warning"),
            ]);
            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        return app;
    }

    /// <summary>Runs SQL as the superuser, which may alter what the server's role may not.</summary>
    public async Task<object?> QueryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
