using System.Net.Http.Headers;
using System.Net.Http.Json;
using EvidenceLedger.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EvidenceLedger.Testing.Server;

/// <summary>
/// The real server (Kestrel on a free loopback port) over the class's own database: tests talk HTTP to it like any
/// client. The bootstrap admin's token is <see cref="AdminToken"/>; <see cref="ClientFor"/> makes users of any role.
/// </summary>
public class LedgerServer : LedgerDatabase
{
    public const string AdminToken = "elt_test-admin-token";
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The server is not started.");

    /// <summary>Extra configuration for a derived fixture (e.g. Ledger:DataDirectory for keys).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Configuration => [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var keys = Directory.CreateTempSubdirectory("ledger-test-keys-");
        _app = await LedgerApp.CreateAsync(["--urls", "http://127.0.0.1:0", "--environment", "Development"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Ledger"] = AppConnectionString,
                ["ConnectionStrings:LedgerOwner"] = AdminConnectionString,
                ["Ledger:BootstrapAdminToken"] = AdminToken,
                ["Ledger:DataDirectory"] = keys.FullName,
                ["Logging:LogLevel:Default"] = "Warning",
            }.Concat(Configuration));
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public override async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await base.DisposeAsync();
    }

    public HttpClient Anonymous() => new() { BaseAddress = BaseAddress };

    public HttpClient Admin() => WithToken(AdminToken);

    public HttpClient WithToken(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Registers a fresh user with the role (through the API, as an admin would) and returns a client signed in as them.</summary>
    public async Task<HttpClient> ClientFor(string role, string? name = null)
    {
        using var admin = Admin();
        var response = await admin.PostAsJsonAsync("/api/users", new { name = name ?? $"{role}-{Guid.NewGuid():N}"[..20], role });
        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<RegisteredUser>();
        return WithToken(created!.Token);
    }

    private sealed record RegisteredUser(Guid Id, string Name, string Role, string Token);
}
