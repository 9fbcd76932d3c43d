using System.Net.Http.Headers;
using System.Net.Http.Json;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EvidenceLedger.Testing.Server;

/// <summary>
/// The real server (Kestrel on a free loopback port) over the class's own database: tests talk HTTP to it like any
/// client. The bootstrap admin's token is <see cref="AdminToken"/>; <see cref="RegisterAsync"/> makes users of any role.
/// </summary>
public class LedgerServer : LedgerDatabase
{
    public const string AdminToken = "elt_test-admin-token";

    /// <summary>The "role" of a client with no token at all, for <see cref="As"/>.</summary>
    public const string NoOne = "anonymous";

    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private WebApplication? _app;
    private DirectoryInfo? _keys;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The server is not started.");

    /// <summary>Extra configuration for a derived fixture (e.g. Ledger:DataDirectory for keys).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Configuration => [];

    /// <summary>How many characters of "role-" and a random hex string name a user registered without a name.</summary>
    protected virtual int GeneratedNameLength => 20;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        _keys = Directory.CreateTempSubdirectory("ledger-test-keys-");
        _app = await LedgerApp.CreateAsync(["--urls", "http://127.0.0.1:0", "--environment", "Development"], builder =>
        {
            var settings = new Dictionary<string, string?>
            {
                ["ConnectionStrings:Ledger"] = AppConnectionString,
                ["ConnectionStrings:LedgerOwner"] = AdminConnectionString,
                ["Ledger:BootstrapAdminToken"] = AdminToken,
                ["Ledger:DataDirectory"] = _keys.FullName,
                ["Logging:LogLevel:Default"] = "Warning",
            };
            // A derived fixture's settings win over these.
            foreach (var (key, value) in Configuration) settings[key] = value;
            builder.Configuration.AddInMemoryCollection(settings);
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    public override async Task DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _keys?.Delete(recursive: true);
        await base.DisposeAsync();
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public HttpClient Anonymous() => new() { BaseAddress = BaseAddress };

    public HttpClient Admin() => WithToken(AdminToken);

    public HttpClient WithToken(string token)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Registers a user with the role through the API, as an admin does, and returns the token they sign in with.</summary>
    public async Task<TestUser> RegisterAsync(string role, string? name = null)
    {
        using var admin = Admin();
        var response = await admin.PostAsJsonAsync("/api/users", new { name = name ?? $"{role}-{Guid.NewGuid():N}"[..GeneratedNameLength], role });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TestUser>())!;
    }

    /// <summary>A client signed in as a fresh user with the role; the caller disposes it.</summary>
    public async Task<HttpClient> ClientFor(string role, string? name = null) => WithToken((await RegisterAsync(role, name)).Token);

    /// <summary>A client signed in with <paramref name="role"/> (or <see cref="NoOne"/>), shared by the class's tests.</summary>
    public async Task<HttpClient> As(string role)
    {
        // A class's tests run one at a time, so the cache needs no lock.
        if (_clients.TryGetValue(role, out var client)) return client;
        client = role switch
        {
            NoOne => Anonymous(),
            Role.Admin => Admin(),
            _ => await ClientFor(role),
        };
        _clients[role] = client;
        return client;
    }
}
