using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Users.Registering;

namespace EvidenceLedger.Server.Users.Bootstrapping;

/// <summary>On first start (no admin yet), Ledger:BootstrapAdminToken becomes the token of an admin named "admin".</summary>
public sealed class BootstrapAdmin(IConfiguration configuration, LedgerDatabase database, UserRegistration registration, ILogger<BootstrapAdmin> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var token = configuration["Ledger:BootstrapAdminToken"];
        if (string.IsNullOrWhiteSpace(token)) return;
        await using var command = database.DataSource.CreateCommand($"SELECT count(*) FROM {UsersProjection.Table} WHERE role = 'admin'");
        if ((long)(await command.ExecuteScalarAsync(cancellationToken))! > 0) return;
        await registration.RegisterAsync("admin", Role.Admin, "system:bootstrap", token, cancellationToken);
        logger.LogInformation("Created the bootstrap admin user 'admin' from Ledger:BootstrapAdminToken.");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
