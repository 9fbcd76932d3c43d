using EvidenceLedger.Server.Users;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Evidence.Support;

/// <summary>The real server over the class's own database, with one signed-in client per role (made once per class).</summary>
public sealed class EvidenceServer : LedgerServer
{
    /// <summary>No token at all.</summary>
    public const string NoOne = "anonymous";

    public static IReadOnlyList<string> Roles { get; } = [NoOne, Role.Documenter, Role.Legal, Role.Auditor, Role.Admin];

    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

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

    public override async Task DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        await base.DisposeAsync();
    }
}
